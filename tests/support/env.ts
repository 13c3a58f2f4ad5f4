// Connection details the global setup hands to the test files (through the
// environment, which jest's workers inherit).
export const TEST_ENV = {
  uri: 'LG_TEST_NEO4J_URI',
  user: 'LG_TEST_NEO4J_USER',
  password: 'LG_TEST_NEO4J_PASSWORD',
  database: 'LG_TEST_NEO4J_DATABASE',
} as const;
