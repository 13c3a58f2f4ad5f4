// @ts-check
// Two tiers: unit tests need nothing; integration tests get a real Neo4j from the
// global setup (a local server on a temporary folder, or NEO4J_URI when set).

/** @type {Record<string, [string, Record<string, unknown>]>} */
const transform = { '^.+\\.ts$': ['ts-jest', {}] };

/** @type {import('jest').Config} */
module.exports = {
  // A 2-core machine, Neo4j planning big statements the first time: generous
  // limits; the assertions are on answers, never on time.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      // Browser tests (tests/e2e) share the integration tests' Neo4j.
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/support/quiet-logs.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
      slowTestThreshold: 30,
    },
  ],
};
