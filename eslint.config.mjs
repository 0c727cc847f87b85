import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "test-output/", "templates/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    rules: {
      // The Office.js rules only (the plugin's preset also brings its own Prettier setup, which we run separately).
      ...Object.fromEntries(
        Object.entries(officeAddins.configs.recommended[2].rules).filter(([name]) =>
          name.startsWith("office-addins/"),
        ),
      ),
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
