// Code lint: ESLint's and typescript-eslint's recommended rules, with the type-aware checks that catch
// forgotten promises in a CLI that awaits file work, and the layering of src/ that the README describes.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** What each folder of src/ may import from the others (the README's layout table). */
const LAYERS = {
  model: [],
  dates: ["model"],
  i18n: ["model"],
  parse: ["model", "dates"],
  schema: ["model", "dates", "i18n"],
  rules: ["model", "dates", "i18n", "parse", "schema"],
  lint: ["model", "dates", "i18n", "parse", "schema", "rules"],
  aggregate: ["model", "dates", "i18n", "schema"],
  render: ["model", "dates", "i18n", "schema"],
  reporters: ["model", "dates", "i18n", "schema", "render"],
  scaffold: ["model", "dates", "i18n", "schema"],
  io: ["model", "dates", "i18n", "parse", "schema"],
  cli: null,
};
const ALL = Object.keys(LAYERS);

const layering = Object.entries(LAYERS)
  .filter(([, allowed]) => allowed !== null)
  .map(([layer, allowed]) => {
    const forbidden = ALL.filter((other) => other !== layer && !allowed.includes(other));
    return {
      files: [`src/${layer}/**/*.ts`],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            patterns: [
              {
                regex: `^(\\.\\./)+(${forbidden.join("|")})/`,
                message: `src/${layer}/ may import only ${allowed.length ? allowed.map((a) => `src/${a}/`).join(", ") : "nothing else of ours"} (see "How the code is laid out" in the README).`,
              },
            ],
          },
        ],
      },
    };
  });

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "kb/", "coverage/", "bench/floor.cjs", "test/**/fixtures/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  ...layering,
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", require: "readonly", module: "writable" } },
  },
);
