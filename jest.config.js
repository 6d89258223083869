/** Jest runs TypeScript through swc (no type-check: `npm test` runs tsc separately). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // cookie, content-disposition and @fastify/cookie ship ESM only, and htmlnano (mjml's minifier)
  // loads its modules with import(), which jest's VM refuses: jest must transform them.
  transformIgnorePatterns: ['/node_modules/(?!(cookie|content-disposition|@fastify/cookie|htmlnano)/)'],
  // Starts an embedded PostgreSQL and picks a Chromium when the machine has none (docs/testing.md).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
