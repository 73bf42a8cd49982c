/** Browser tests: the local host in-process, driven through Debian's Chromium by playwright-core. */
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.[jt]sx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(dinero\\.js|@dinero\\.js)/)'],
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/src/shared/$1' },
  setupFiles: ['<rootDir>/test/setup-backend.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
};
