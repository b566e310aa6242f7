import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Unit and API files run side by side on both cores (the default would be one worker on a two-core machine)…
      { test: { name: 'unit', include: ['shared/**/*.test.ts', 'extension/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node', maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { test: { name: 'api', include: ['server/**/*.test.ts', 'tests/api/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts', 'tests/support/roundcube/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // …then the browser files, one at a time, with the machine to themselves.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
