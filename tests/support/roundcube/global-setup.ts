/**
 * The end-to-end tests' live Roundcube, one in each skin (elastic, and larry
 * at `localhost` so that the two keep their own session cookies): started
 * once before the tests (installing Debian's packages on a first run) and
 * stopped after. Where it cannot start
 * (not root, no apt-get), the reason is passed to the Roundcube tests, which
 * fail with it: they never pass or skip silently.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startRoundcube, type RoundcubeInstance } from './instance';

export type RoundcubeSetup = { url: string; larryUrl: string } | { problem: string };

declare module 'vitest' {
  export interface ProvidedContext {
    roundcube: RoundcubeSetup;
  }
}

export const MAILBOX_SEED = join(import.meta.dirname, '../../fixtures/roundcube-mailbox');

export default async function setup(project: TestProject) {
  const started: RoundcubeInstance[] = [];
  try {
    for (const skin of ['elastic', 'larry'] as const) started.push(await startRoundcube({ seedDir: MAILBOX_SEED, skin, log: (line) => console.log(line) }));
    const [elastic, larry] = started;
    project.provide('roundcube', { url: elastic!.url, larryUrl: larry!.url.replace('127.0.0.1', 'localhost') });
    return () => { for (const instance of started) instance.stop(); };
  } catch (error) {
    for (const instance of started) instance.stop();
    const problem = error instanceof Error ? error.message : String(error);
    console.error(`\n✖ The live Roundcube for the end-to-end tests could not start; its tests will fail:\n${problem}\n`);
    project.provide('roundcube', { problem });
    return undefined;
  }
}
