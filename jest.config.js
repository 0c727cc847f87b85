/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node10", isolatedModules: true } },
    ],
  },
  testTimeout: 60000,
  // The end-to-end suite drives LibreOffice and runs apart: npm run test:e2e.
  testPathIgnorePatterns: ["/node_modules/", "\\.e2e\\.test\\.ts$"],
};
