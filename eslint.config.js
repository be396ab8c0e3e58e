import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import importX from "eslint-plugin-import-x";
import globals from "globals";

// The layers, top to bottom (README "Code layout"). A layer imports only the layers below it; the folders of one
// layer may import each other. main.tsx sits above them all.
const LAYER_ORDER = [
  ["app"],
  ["features"],
  ["queries"],
  ["domain"],
  ["ui"],
  ["auth", "graph", "config", "embedding", "storage", "tenants"],
  ["i18n"],
];

const upwardImports = LAYER_ORDER.flatMap((layer, depth) =>
  layer.flatMap((folder) =>
    LAYER_ORDER.slice(0, depth)
      .flat()
      .map((above) => ({
        target: `./src/${folder}`,
        from: `./src/${above}`,
        message: `Layers: ${folder} sits below ${above} and never imports it (README "Code layout").`,
      })),
  ),
);

// What admins do, one folder each (src/features). A feature's code imports no other feature but these, each for
// the reason given; tests may compose features.
const FEATURES = ["profile-list", "token", "fleet", "diagnostics", "history", "tenant-overview"];
const FEATURE_IMPORTS = {
  // the details frame shows the selected profile's token (its create form or the token) and its History
  "profile-list": ["token", "history"],
  // the bulk renewal dialog chooses the validity with the token's validity chooser; the fleet view shows the
  // tenant's recent token activity; a run offers history's report downloads
  fleet: ["token", "history"],
  token: ["history"], // a create, replace or revoke offers the report of what it did (history's report downloads)
  // the overview of all tenants renews, exports and reminds across the tenants ticked with the fleet's bulk actions
  "tenant-overview": ["fleet"],
};
const featureCrossings = FEATURES.flatMap((feature) =>
  FEATURES.filter((other) => other !== feature && !(FEATURE_IMPORTS[feature] ?? []).includes(other)).map((other) => ({
    target: `./src/features/${feature}`,
    from: `./src/features/${other}`,
    message: `Features: ${feature} does not import ${other}; move what both need to domain or ui.`,
  })),
);

const ONE_MSAL_OWNER = { group: ["@azure/msal-*"], message: "Only src/auth owns MSAL." };
const MEMO_IN_LANGUAGE = {
  name: "react",
  importNames: ["memo"],
  message: "memoInLanguage (src/i18n) memoizes and still renders again on a switch of language.",
};

const LAYERS = [
  ...upwardImports,
  {
    target: "./src/graph",
    from: "./src/i18n",
    message: "Graph speaks no language: GraphError carries the facts, the UI words them.",
  },
  { target: "./src/!(app|test)/**", from: "./src/app", message: "Nothing but test helpers imports the app shell." },
  { target: "./src/!(demo)/**", from: "./src/demo", message: "Only main.tsx may load the demo tenant, lazily." },
  { target: "./src/app/**", from: "./src/demo", message: "The real path never imports the demo tenant." },
  {
    target: "./src/fake-tenant",
    from: "./src/!(fake-tenant)/**",
    message: "The fake tenant imports nothing of the app.",
  },
];

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report", "e2e/.artifacts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y, "import-x": importX },
    settings: {
      "import-x/resolver-next": [importX.createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      "import-x/no-cycle": "error",
      "no-console": "error",
      "import-x/no-restricted-paths": ["error", { zones: LAYERS }],
      "no-restricted-imports": [
        "error",
        {
          paths: [MEMO_IN_LANGUAGE],
          patterns: [ONE_MSAL_OWNER],
        },
      ],
    },
  },
  {
    files: ["src/auth/**"],
    rules: { "no-restricted-imports": ["error", { paths: [MEMO_IN_LANGUAGE] }] },
  },
  {
    files: ["src/i18n/memoInLanguage.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [ONE_MSAL_OWNER] }] },
  },
  {
    files: ["src/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [MEMO_IN_LANGUAGE],
          patterns: [
            ONE_MSAL_OWNER,
            {
              group: ["react", "react-dom", "react/*", "@mui/*", "@emotion/*", "@tanstack/*"],
              message: "The domain knows nothing of React: hooks and components sit above it (queries, features).",
            },
          ],
        },
      ],
    },
  },
  {
    // The fake tenant is for the demo and the tests: the real path never imports it.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.{ts,tsx}", "src/test/**", "src/demo/**", "src/fake-tenant/**"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            ...LAYERS,
            ...featureCrossings,
            { target: "./src", from: "./src/fake-tenant", message: "Only the demo and the tests use the fake tenant." },
          ],
        },
      ],
    },
  },
  {
    files: ["e2e/**", "bench/**", "scripts/**", "*.config.ts", "*.config.js"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "no-console": "off", "no-restricted-imports": "off", "react-hooks/rules-of-hooks": "off" },
  },
);
