import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/",
      "scripts/bench/minimal-remix/build/",
      "app/generated/",
      "node_modules/",
      "tests/.tmp/",
      "test-results/",
      "playwright-report/",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: globals.node } },
  {
    // every form is read by app/modules/forms/read.server.ts (through request-gate/read-form.server.ts's readForm),
    // which caps it and answers what it cannot read
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/modules/forms/read.server.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='formData']",
          message: "Read forms with readForm (app/modules/request-gate/read-form.server.ts).",
        },
        {
          selector:
            "CallExpression[callee.object.name='request'][callee.property.name=/^(text|json|arrayBuffer|blob)$/]",
          message: "Read forms with readForm (app/modules/request-gate/read-form.server.ts).",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@remix-run/node",
              importNames: ["unstable_parseMultipartFormData"],
              message: "Read forms with readForm (app/modules/request-gate/read-form.server.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    // routes reach the data through the modules (app/modules/<capability>), never through the Prisma client (docs/decisions/0035)
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "~/db.server",
              message: "Routes reach the data through a module (app/modules/<capability>), never the Prisma client.",
            },
          ],
          patterns: [
            {
              group: ["~/generated/prisma", "~/generated/prisma/*"],
              allowTypeImports: true,
              message:
                "Routes reach the data through a module (app/modules/<capability>); only types may come from the generated client.",
            },
          ],
        },
      ],
    },
  },
);
