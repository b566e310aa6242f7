import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTestExtensionBuild } from '../../scripts/lib/extension-build';
import { seedDemoTemplate } from '../support/demo-database';

/**
 * The browser tests load the tests' build of the extension: built first when
 * it is missing or stale. Their APIs start from copies of one demo database.
 */
export default async function setup() {
  ensureTestExtensionBuild();
  const dir = mkdtempSync(join(tmpdir(), 'seglens-demo-template-'));
  await seedDemoTemplate(join(dir, 'demo.db'));
  return () => rmSync(dir, { recursive: true, force: true });
}
