/**
 * The end-to-end tests' live Roundcube: started once before them (installing
 * Debian's packages on a first run) and stopped after. Where it cannot start
 * (not root, no apt-get), the reason is passed to the Roundcube tests, which
 * fail with it: they never pass or skip silently.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startRoundcube } from './instance';

export type RoundcubeSetup = { url: string } | { problem: string };

declare module 'vitest' {
  export interface ProvidedContext {
    roundcube: RoundcubeSetup;
  }
}

export const MAILBOX_SEED = join(import.meta.dirname, '../../fixtures/roundcube-mailbox');

export default async function setup(project: TestProject) {
  try {
    const roundcube = await startRoundcube({ seedDir: MAILBOX_SEED, log: (line) => console.log(line) });
    project.provide('roundcube', { url: roundcube.url });
    return () => roundcube.stop();
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    console.error(`\n✖ The live Roundcube for the end-to-end tests could not start; its tests will fail:\n${problem}\n`);
    project.provide('roundcube', { problem });
    return undefined;
  }
}
