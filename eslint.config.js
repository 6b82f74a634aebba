// One lint configuration for the workspace: typescript-eslint's recommended rules,
// React hooks rules on the client, and the architecture rules STYLE.md describes.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "server/src/db/generated/**",
      "data/**",
      "tests/.artifacts/**",
      "**/*.tmp.*",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["client/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The client imports the server's types only, never its runtime code.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@hemicycle/server/*", "!@hemicycle/server/router"],
              message: "The client imports only `type AppRouter` from the server.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/src/services/**/*.ts"],
    rules: {
      // Services are plain functions reused by routers, tests and scripts: no tRPC in them.
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@trpc/*"], message: "Services throw AppError, never TRPCError." }] },
      ],
    },
  },
  {
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@hemicycle/server/*", "@hemicycle/client/*", "@prisma/*"],
              message: "shared/ depends on nothing but zod.",
            },
          ],
        },
      ],
    },
  },
);
