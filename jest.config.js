/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // The browser tests need Debian's chromium, which a fresh machine lacks: `npm run test:browser` runs them
  // (jest.browser.config.js), and .ci/run installs chromium and calls it after `npm test`.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  // Type checking is `tsc --noEmit` in `npm test`; with `isolatedModules` in tsconfig.json ts-jest only transpiles.
  transform: { "^.+\\.ts$": "ts-jest" },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  // Tests wait for what they wait for (a process's ready line, a server's answer), never for a fixed time, so this
  // bound only ends a test that hangs. It is generous because a machine busy with other work (CI shares its cores)
  // makes starting a `tsx` process or a browser many times slower without making the test wrong.
  testTimeout: 120000,
};
