/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json', isolatedModules: true }],
  },
  // The package's own name resolves to its sources, so that code written for consumers (such as
  // what `pinpoint-segment import` generates) runs in tests as it is.
  moduleNameMapper: { '^cdk-pinpoint-segment$': '<rootDir>/lib/index.ts' },
  setupFilesAfterEnv: ['aws-sdk-client-mock-jest'],
  testTimeout: 60000,
};
