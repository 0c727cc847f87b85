/** End-to-end tests with real programs (LibreOffice, pdftoppm): `npm run test:e2e`. */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: ["/node_modules/"],
  testMatch: ["**/test/e2e/**/*.e2e.test.ts"],
  testTimeout: 300000,
};
