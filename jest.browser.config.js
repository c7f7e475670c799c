/** `npm run test:browser`: the sandbox's demo page in headless Chromium (/usr/bin/chromium, Debian's package). */
const base = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ["<rootDir>/test/browser"], testPathIgnorePatterns: ["/node_modules/"] };
