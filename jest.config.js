/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node10", isolatedModules: true, jsx: "react-jsx" },
      },
    ],
  },
  // Task-pane tests run in jsdom (their files say so); Fluent UI needs a few browser APIs jsdom lacks.
  setupFiles: ["<rootDir>/test/helpers/browser-stubs.ts"],
  testTimeout: 60000,
  // The end-to-end suite drives LibreOffice and Chromium and runs apart: npm run test:e2e.
  testPathIgnorePatterns: ["/node_modules/", "\\.e2e\\.test\\.ts$"],
};
