import { ensureExtensionBuild } from '../../scripts/lib/extension-build';

/** The browser tests load the built extension: build it first when it is missing or stale. */
export default function setup() {
  ensureExtensionBuild();
}
