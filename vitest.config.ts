import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // fixture repositories contain the learners' own test files: data for the scanner, not our tests
    exclude: ['test/fixtures/**', 'node_modules/**', 'dist/**'],
    setupFiles: ['test/helpers/setup.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
})
