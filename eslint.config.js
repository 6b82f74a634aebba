// One lint configuration for the workspace: typescript-eslint's recommended rules,
// React hooks rules on the client, and the architecture rules of docs/design.md
// (docs/decisions/0007-enforced-boundaries.md; tests/tooling/ proves each one fires).
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const root = fileURLToPath(new URL(".", import.meta.url));
const featuresDir = "client/src/features";

// Read on every run, so a new feature folder is fenced off without touching this file.
const features = readdirSync(new URL(`./${featuresDir}`, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Tailwind utilities tied to left and right, in a class string (after a space, a variant's colon, or at the start). */
const PHYSICAL_CLASSES =
  "/(^|[\\s:])-?(m[lr]|p[lr]|left|right|border-[lr]|rounded-[lr]|rounded-[tb][lr]|scroll-[mp][lr])-|(^|[\\s:])text-(left|right)(\\s|$)/";

/**
 * Text a person reads comes from the catalogue (shared/locales, `t("…")`), so that it is
 * there in every language: JSX text, strings in the attributes and props people read or
 * hear (aria-label, title, placeholder, alt, the UI kit's label/hint/description…),
 * string children, toasts, confirm() and the document title (useDocumentTitle too). A string counts when it has
 * a letter; punctuation, numbers and symbols ("·", "—", "×", "%") pass, and so do the
 * product's name, a bare "https://" hint and codes in capitals ("EUR"). Keys, class names, ids and other attributes
 * are not looked at, so the rule stays quiet where no person reads the text.
 */
const LETTER = "/\\p{L}/u";
/** The product's name, a web address's scheme as a hint, a code such as "EUR" or "PDF". */
const NOT_WORDS = "/^(\\s*Hemicycle\\s*|https?:.*|[A-Z]{2,4})$/";
const READ_ATTRIBUTES =
  "/^(aria-(label|description|roledescription|valuetext|placeholder)|title|label|description|placeholder|alt|hint|caption|footer|[a-z]+(Label|Placeholder|Title|Text))$/";
const CATALOGUE_MESSAGE =
  'Text a person reads comes from the catalogue: t("…") with its key in shared/locales/en.json.';
const literalText = (where) => [
  `${where} > Literal[value=${LETTER}]:not([value=${NOT_WORDS}])`,
  `${where} > TemplateLiteral > TemplateElement[value.cooked=${LETTER}]`,
  `${where} > :matches(ConditionalExpression, LogicalExpression) > Literal[value=${LETTER}]:not([value=${NOT_WORDS}])`,
];
const CATALOGUE_TEXT = [
  `JSXText[value=${LETTER}]:not([value=${NOT_WORDS}])`,
  ...literalText(`JSXAttribute[name.name=${READ_ATTRIBUTES}]`),
  ...literalText(`JSXAttribute[name.name=${READ_ATTRIBUTES}] > JSXExpressionContainer`),
  ...literalText(":matches(JSXElement, JSXFragment) > JSXExpressionContainer"),
  ...literalText("CallExpression:matches([callee.object.name='toast'], [callee.name=/^(toast|useDocumentTitle)$/])"),
  ...literalText(
    "CallExpression:matches([callee.name=/^(confirm|alert|prompt)$/], [callee.property.name=/^(confirm|alert|prompt)$/])",
  ),
  ...literalText("AssignmentExpression[left.object.name='document'][left.property.name='title']"),
].map((selector) => ({ selector, message: CATALOGUE_MESSAGE }));

const serverRuntime = {
  group: ["@hemicycle/server/*", "!@hemicycle/server/router"],
  message: "The client imports only `type AppRouter` from the server.",
};

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
    files: ["client/**/*.{ts,tsx}", "server/src/**/*.ts", "shared/src/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      // Resolves the `.ts` specifiers and the workspace packages' `"./*": "./src/*.ts"`
      // exports to the files themselves, so cycles through shared/ are seen too.
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          project: ["client/tsconfig.json", "server/tsconfig.json", "shared/tsconfig.json"].map((p) => root + p),
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      // Type-only imports are erased and never count. Packages under node_modules are
      // not walked: they cannot import our code back.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
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
      "no-restricted-imports": ["error", { patterns: [serverRuntime] }],
      // Paths are matched after resolution, so `../../users/…` and any other spelling of
      // the same file are caught alike.
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: root,
          zones: [
            ...features.map((feature) => ({
              target: `${featuresDir}/${feature}`,
              from: featuresDir,
              except: [`./${feature}`],
              message: "Features do not import each other; a page in client/src/app composes them.",
            })),
            {
              target: "client/src/components",
              from: ["client/src/lib/trpc.ts", featuresDir, "client/src/app"],
              message: "The UI kit takes its data through props: no data client, features or pages.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["client/src/**/*.tsx"],
    rules: {
      // Direction-neutral styles, so that a right-to-left language is a catalogue and a
      // `dir`, not a rewrite: Tailwind's logical utilities (ms-, pe-, start-, text-end…)
      // and the CSS logical properties in style objects (insetInlineStart…).
      "no-restricted-syntax": [
        "error",
        ...[
          ["Literal", "value"],
          ["TemplateElement", "value.raw"],
        ].map(([node, field]) => ({
          selector: `${node}[${field}=${PHYSICAL_CLASSES}]`,
          message: "Use logical Tailwind utilities (ms-/me-, ps-/pe-, start-/end-, text-start/end, border-s/e).",
        })),
        {
          selector:
            "JSXAttribute[name.name='style'] Property[key.name=/^(left|right|(margin|padding|border)(Left|Right))$/]",
          message: "Use logical properties in styles (insetInlineStart/End, marginInlineStart…).",
        },
        ...CATALOGUE_TEXT,
      ],
    },
  },
  {
    files: ["client/src/**/*.ts"],
    rules: {
      // The same rule for toasts, confirm() and titles set outside components.
      "no-restricted-syntax": ["error", ...CATALOGUE_TEXT],
    },
  },
  {
    files: ["client/src/components/**/*.{ts,tsx}"],
    rules: {
      // Replaces the client's list for these files, hence the server rule again.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            serverRuntime,
            {
              group: ["@tanstack/react-query", "@tanstack/react-query/*", "@trpc/*"],
              message: "The UI kit takes its data through props: no data client, features or pages.",
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
