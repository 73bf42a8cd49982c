/** Unit and integration tests: the back end and local host in node, the front ends in jsdom. */
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }],
  // dinero.js ships ESM only; ts-jest (allowJs) turns it into CommonJS for jest.
  '^.+/node_modules/(dinero\\.js|@dinero\\.js)/.+\\.js$': [
    'ts-jest',
    { tsconfig: 'tsconfig.jest.json', diagnostics: false },
  ],
};
// Everything in node_modules is used as published, except the ESM-only money library.
const transformIgnorePatterns = ['/node_modules/(?!(dinero\\.js|@dinero\\.js)/)'];
const moduleNameMapper = { '^@shared/(.*)$': '<rootDir>/src/shared/$1' };

module.exports = {
  projects: [
    {
      displayName: 'backend',
      setupFiles: ['<rootDir>/test/setup-backend.ts'],
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/static/', '<rootDir>/test/e2e/'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      restoreMocks: true,
      clearMocks: true,
    },
    {
      displayName: 'frontend',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/static'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper: {
        ...moduleNameMapper,
        '^@forge/bridge$': '<rootDir>/test/static/bridge-mock.ts',
        '\\.css$': '<rootDir>/test/static/style-mock.ts',
      },
      setupFilesAfterEnv: ['<rootDir>/test/static/setup.ts'],
      restoreMocks: true,
      clearMocks: true,
    },
  ],
};
