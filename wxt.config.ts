import { defineConfig } from 'wxt';
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
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_EXTENSION_ID, strict_min_version: '128.0' } } }
      : { key: EXTENSION_PUBLIC_KEY }),
  }),
});
