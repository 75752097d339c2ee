import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for every importer; Vite would pick the ESM build for ours and the
    // CommonJS one for yoga's, and graphql refuses schemas from "another realm". Use the one Node uses.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Browser and child-process tests start servers; two cores are all CI has.
    maxWorkers: 2,
    // The JSON report is what .ci/run counts for its closing line.
    reporters: ['default', ['json', { outputFile: 'artifacts/vitest-report.json' }]],
  },
});
