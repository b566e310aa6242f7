import { defineConfig } from 'wxt';
import { OPEN_PROFILE_COMMAND, TAG_PERSON_COMMAND } from './extension/commands';
import { OPTIONAL_HOST_PATTERNS } from './extension/site-access';
import { EXTENSION_PUBLIC_KEY, GECKO_EXTENSION_ID } from './shared/extension-id';

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'SegLens',
    description: 'Segments, lead scores and next offers beside every person on the page.',
    // No site at install: the API answers the extension's origin through CORS, and each site
    // the user enables is asked for then (the popup's activeTab shows it the page it is on).
    // contextMenus: "Tag this person in SegLens…"; alarms: a tag waiting for the API is retried after the service worker slept.
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus', 'alarms'],
    // The side panel (sidepanel/) adds Chrome's sidePanel permission by itself; Firefox's sidebar needs none.
    commands: {
      [OPEN_PROFILE_COMMAND]: { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open the profile of the person whose card was opened last' },
      [TAG_PERSON_COMMAND]: { suggested_key: { default: 'Alt+Shift+G' }, description: 'Tag the person under focus or the pointer' },
    },
    ...(browser === 'firefox'
      ? {
        // Manifest V2 has no optional_host_permissions: optional permissions hold the hosts.
        optional_permissions: OPTIONAL_HOST_PATTERNS,
        browser_specific_settings: { gecko: { id: GECKO_EXTENSION_ID, strict_min_version: '128.0' } },
      }
      : { optional_host_permissions: OPTIONAL_HOST_PATTERNS, key: EXTENSION_PUBLIC_KEY }),
  }),
});
