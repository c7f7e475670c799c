/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Type checking is `tsc --noEmit` in `npm test`; ts-jest only transpiles, which keeps runs fast.
  transform: { "^.+\\.ts$": ["ts-jest", { isolatedModules: true }] },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  testTimeout: 30000,
};
