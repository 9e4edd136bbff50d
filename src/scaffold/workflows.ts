import type { Language } from "../i18n/language.js";
import { SETUP_WORDS } from "../i18n/setup.js";
import { INCIDENT_LABEL } from "./issue-form.js";
import { yamlString } from "./quote.js";

/**
 * The GitHub Actions workflows `lessonbook init` writes. Untrusted text (an issue's title and body) only
 * ever reaches a shell through `env:` and is used as "$VARIABLE"; no `${{ }}` appears in a `run:` line.
 * Each job asks for the least it needs.
 */

const comment = (text: string, indent = "") =>
  text
    .split("\n")
    .map((line) => `${indent}# ${line}`)
    .join("\n");

/** Nothing to check before the first incident: `lint` and `build --check` have no files to read yet. */
const HAS_INCIDENTS = "hashFiles('incidents/**/*.md') != ''";

const SETUP_NODE = `      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci`;

/** `.github/workflows/incidents.yml`: lint on pull requests, and `kb/` kept in step with the incidents. */
export function lintWorkflow(lang: Language): string {
  const w = SETUP_WORDS[lang].lintWorkflow;
  return `${comment(w.header)}
name: Incidents

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  incidents:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
${comment(w.fetchDepth, "          ")}
          fetch-depth: 0
${SETUP_NODE}
      - name: ${yamlString(w.stepChanged)}
        if: github.event_name == 'pull_request' && ${HAS_INCIDENTS}
        env:
          BASE_REF: \${{ github.base_ref }}
        run: npx lessonbook lint --changed-since "origin/$BASE_REF"
      - name: ${yamlString(w.stepAll)}
        if: github.event_name != 'pull_request' && ${HAS_INCIDENTS}
        run: npx lessonbook lint
      - name: ${yamlString(w.stepKb)}
        if: ${HAS_INCIDENTS}
        run: npx lessonbook build --check
`;
}

/** `.github/workflows/incident-from-issue.yml`: a submitted form becomes a draft in a pull request. */
export function fromIssueWorkflow(lang: Language): string {
  const w = SETUP_WORDS[lang].fromIssueWorkflow;
  return `${comment(w.header)}
name: ${yamlString(w.name)}

on:
  issues:
    types: [opened, labeled]

permissions: {}

concurrency:
  group: incident-from-issue-\${{ github.event.issue.number }}

jobs:
  draft:
    if: github.event.label.name == '${INCIDENT_LABEL}' || (github.event.action == 'opened' && contains(github.event.issue.labels.*.name, '${INCIDENT_LABEL}'))
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
    steps:
      - uses: actions/checkout@v4
${SETUP_NODE}
      - name: ${yamlString(w.step)}
${comment(w.why, "        ")}
        env:
          ISSUE_NUMBER: \${{ github.event.issue.number }}
          ISSUE_TITLE: \${{ github.event.issue.title }}
          ISSUE_BODY: \${{ github.event.issue.body }}
          BASE_BRANCH: \${{ github.event.repository.default_branch }}
          GH_TOKEN: \${{ github.token }}
          ALREADY_THERE: ${yamlString(w.alreadyThere)}
          PR_TITLE: ${yamlString(w.prTitle)}
          PR_INTRO: ${yamlString(w.prIntro)}
          COMMIT_MESSAGE: ${yamlString(w.commit)}
        run: |
          branch="incident/issue-$ISSUE_NUMBER"
          if git ls-remote --exit-code --heads origin "$branch" > /dev/null; then
            echo "$ALREADY_THERE"
            exit 0
          fi
          printf '%s\\n' "$ISSUE_BODY" > "$RUNNER_TEMP/issue.md"
          file=$(npx lessonbook new --from-issue "$RUNNER_TEMP/issue.md" --title="$ISSUE_TITLE" 2> "$RUNNER_TEMP/notes.txt") || { cat "$RUNNER_TEMP/notes.txt" >&2; exit 1; }
          npx lessonbook build
          git switch -c "$branch"
          git add -- "$file" kb
          git -c user.name="github-actions[bot]" -c user.email="41898282+github-actions[bot]@users.noreply.github.com" commit -m "$COMMIT_MESSAGE #$ISSUE_NUMBER"
          git push origin "$branch"
          { printf '%s #%s.\\n\\n' "$PR_INTRO" "$ISSUE_NUMBER"; cat "$RUNNER_TEMP/notes.txt"; printf '\\nCloses #%s\\n' "$ISSUE_NUMBER"; } > "$RUNNER_TEMP/pr.md"
          gh pr create --base "$BASE_BRANCH" --head "$branch" --title "$PR_TITLE $ISSUE_TITLE" --body-file "$RUNNER_TEMP/pr.md"
`;
}

/** `.github/workflows/incidents-site.yml` (init --pages): the site of `build --html` on GitHub Pages. */
export function pagesWorkflow(lang: Language): string {
  const w = SETUP_WORDS[lang].pagesWorkflow;
  return `${comment(w.header)}
name: ${yamlString(w.name)}

on:
  push:
${comment(w.branch, "    ")}
    branches: [main]
  workflow_dispatch:

permissions: {}

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
${SETUP_NODE}
      - name: ${yamlString(w.build)}
        run: npx lessonbook build --html
      - uses: actions/upload-pages-artifact@v3
        with:
          path: kb/site
  deploy:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}
