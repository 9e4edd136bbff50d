import path from "node:path";
import { parseArgs } from "node:util";
import { formatDay, parseDate } from "../dates/index.js";
import { FORM_WORDS } from "../i18n/form.js";
import { TEMPLATE_TEXT, UNASSIGNED_OWNER } from "../i18n/template.js";
import { loadConfig } from "../io/config.js";
import { today } from "../io/env.js";
import { staticBase } from "../io/paths.js";
import { createFileExclusive, FileExistsError, readTextIfExists } from "../io/write.js";
import { UsageError } from "../model/errors.js";
import { RULE_IDS } from "../rules/index.js";
import { checkCause, checkChannels, checkSeverity } from "../scaffold/answers.js";
import { draftFromIssue, NotAFormError } from "../scaffold/from-issue.js";
import { incidentId } from "../scaffold/id.js";
import { oneLine } from "../scaffold/quote.js";
import { renderTemplate, type TemplateInput } from "../scaffold/template.js";
import type { ResolvedConfig } from "../schema/index.js";
import { SEVERITIES } from "../schema/index.js";
import { type Context, EXIT } from "./io.js";
import { type Given, runWizard, terminalPrompter, WizardStopped } from "./new-wizard.js";

type Values = ReturnType<typeof parse>["values"];

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      severity: { type: "string" },
      owner: { type: "string" },
      channel: { type: "string", multiple: true },
      cause: { type: "string" },
      date: { type: "string" },
      dir: { type: "string" },
      "from-issue": { type: "string" },
      title: { type: "string" },
      config: { type: "string", short: "c" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** The values the options give, read as `lint` reads them (`alta`, `Instagram`); a bad one is a usage error. */
function givenByOptions(values: Values, config: ResolvedConfig): Given {
  const given: Given = {};
  if (values.severity !== undefined) {
    const checked = checkSeverity(values.severity);
    if (!checked.ok) throw new UsageError("new.bad-choice", { option: "severity", allowed: SEVERITIES.join(", "), value: values.severity });
    given.severity = checked.value;
  }
  if (values.cause !== undefined) {
    const checked = checkCause(values.cause, config.causes);
    if (!checked.ok) throw new UsageError("new.bad-choice", { option: "cause", allowed: config.causes.join(", "), value: values.cause });
    given.cause = checked.value;
  }
  if (values.channel?.length) {
    const checked = checkChannels(values.channel.join(","), config.channels);
    if (!checked.ok) {
      const channel = String(checked.data.value ?? "");
      throw config.channels
        ? new UsageError("new.bad-channel", { channel, allowed: config.channels.join(", ") })
        : new UsageError("new.bad-channel-any", { channel });
    }
    given.channels = checked.value;
  }
  if (values.owner?.trim()) given.owner = oneLine(values.owner);
  if (values.date !== undefined) {
    if (!parseDate(values.date)) throw new UsageError("new.bad-date", { value: values.date });
    given.started = values.date;
  }
  const title = oneLine(values.title ?? "");
  if (title) given.title = title;
  return given;
}

/** Writes the draft where the configuration keeps incidents, never over an existing file. */
function writeDraft(io: Context, config: ResolvedConfig, dir: string | undefined, input: TemplateInput): string | null {
  // A configured glob such as incidents/**/*.md names its folder before the first wildcard.
  const folder = dir ?? path.join(staticBase(config.paths[0] ?? "incidents"), input.started.slice(0, 4));
  const file = path.join(folder, `${input.id}.md`).split(path.sep).join("/");
  try {
    createFileExclusive(path.resolve(io.cwd, file), renderTemplate(input), file);
  } catch (error) {
    if (error instanceof FileExistsError) {
      io.stderr.write(`${io.t("new.exists", { file })}\n`);
      return null;
    }
    throw error;
  }
  io.stdout.write(`${file}\n`);
  return file;
}

async function readAll(stream: Context["stdin"]): Promise<string> {
  if (!stream) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

async function fromIssue(io: Context, values: Values, positionals: string[], config: ResolvedConfig): Promise<number> {
  if (
    values.severity !== undefined ||
    values.owner !== undefined ||
    values.channel ||
    values.cause !== undefined ||
    values.date !== undefined
  )
    throw new UsageError("new.from-issue-alone");
  const title = oneLine(values.title ?? positionals.join(" "));
  if (!title) throw new UsageError("new.issue-title-needed");
  const source = values["from-issue"]!;
  const body = source === "-" ? await readAll(io.stdin) : readTextIfExists(path.resolve(io.cwd, source));
  if (body === null) throw new UsageError("new.issue-missing", { file: source });
  let draft;
  try {
    draft = draftFromIssue(body.replace(/^\uFEFF/, ""), {
      causes: config.causes,
      channels: config.channels,
      today: formatDay(today(io.env)),
      t: io.t,
    });
  } catch (error) {
    if (error instanceof NotAFormError) throw new UsageError("new.issue-not-a-form", { label: FORM_WORDS[io.lang].fields.severity.label });
    throw error;
  }
  const id = incidentId(draft.started.slice(0, 10), title);
  if (!id) throw new UsageError("new.title-without-letters", { title });
  const file = writeDraft(io, config, values.dir, {
    ...draft,
    id,
    title,
    lang: io.lang,
    causes: config.causes,
    sections: config.sections,
  });
  if (!file) return EXIT.problems;
  if (draft.unplaced.length) {
    const labels = [...new Set(draft.unplaced.map((u) => u.label))].join(", ");
    io.stderr.write(
      `${io.t("new.issue.unplaced", { count: draft.unplaced.length, labels, heading: TEMPLATE_TEXT[io.lang].unplacedHeading })}\n`,
    );
  }
  if (draft.keptInside.length)
    io.stderr.write(`${io.t("new.issue.kept-inside", { count: draft.keptInside.length, labels: draft.keptInside.join(", ") })}\n`);
  return EXIT.ok;
}

export async function newCommand(args: readonly string[], io: Context): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(io.t("new.help"));
    return EXIT.ok;
  }
  const config = loadConfig(io.cwd, RULE_IDS, values.config);
  if (values["from-issue"] !== undefined) return fromIssue(io, values, positionals, config);
  const given = givenByOptions(values, config);
  const positional = oneLine(positionals.join(" "));
  if (positional) given.title = positional;
  const defaults = { severity: "medium", owner: UNASSIGNED_OWNER, channel: config.channels?.[0] ?? "web", cause: "concept" };
  const day = formatDay(today(io.env));
  let answers;
  if (io.stdin?.isTTY === true && io.stdout.isTTY === true) {
    const prompter = terminalPrompter(io);
    try {
      answers = await runWizard(prompter, given, { t: io.t, causes: config.causes, channels: config.channels, today: day, defaults });
    } catch (error) {
      if (!(error instanceof WizardStopped)) throw error;
      io.stderr.write(`\n${io.t("new.wizard.stopped")}\n`);
      return EXIT.problems;
    } finally {
      prompter.close();
    }
  } else {
    if (!given.title) throw new UsageError("new.title-needed");
    const started = given.started ?? day;
    answers = {
      title: given.title,
      started,
      detected: started,
      severity: given.severity ?? defaults.severity,
      channels: given.channels ?? [defaults.channel],
      owner: given.owner ?? defaults.owner,
      cause: given.cause ?? defaults.cause,
    };
  }
  // The id's day is the day the incident started, as written in its own offset.
  const id = incidentId(answers.started.slice(0, 10), answers.title);
  if (!id) throw new UsageError("new.title-without-letters", { title: answers.title });
  const input: TemplateInput = { ...answers, id, lang: io.lang, causes: config.causes, sections: config.sections };
  return writeDraft(io, config, values.dir, input) ? EXIT.ok : EXIT.problems;
}
