/** Tests run as native ESM (NODE_OPTIONS=--experimental-vm-modules) with @swc/jest. */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  testTimeout: 60000,
  // The run's own TMPDIR, checked at the end: a test that leaves temp files behind fails the run.
  globalSetup: '<rootDir>/__tests__/setup/tmp-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/setup/tmp-teardown.mjs',
};
