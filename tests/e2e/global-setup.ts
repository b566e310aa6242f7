import { ensureTestExtensionBuild } from '../../scripts/lib/extension-build';

/** The browser tests load the tests' build of the extension: build it first when it is missing or stale. */
export default function setup() {
  ensureTestExtensionBuild();
}
