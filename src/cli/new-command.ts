import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { formatDay, parseDate } from "../dates/index.js";
import { loadConfig } from "../io/config.js";
import { today } from "../io/env.js";
import { staticBase } from "../io/paths.js";
import { createFileExclusive, FileExistsError } from "../io/write.js";
import { RULE_IDS } from "../rules/index.js";
import { incidentId } from "../scaffold/id.js";
import { renderTemplate } from "../scaffold/template.js";
import { SEVERITIES, SLUG_PATTERN } from "../schema/index.js";
import { UsageError } from "../model/errors.js";
import { type Context, EXIT } from "./io.js";

function pick<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError("new.bad-choice", { option: name, allowed: allowed.join(", "), value });
  return value as T;
}

/** Asks on a terminal, one question per missing value; the empty answer takes the default. */
async function ask(io: Context, questions: { label: string; fallback: string }[]): Promise<string[]> {
  if (!io.stdin) return questions.map((q) => q.fallback);
  const rl = createInterface({ input: io.stdin, output: io.stdout as NodeJS.WritableStream, terminal: true });
  try {
    const answers: string[] = [];
    for (const q of questions) answers.push((await rl.question(`${q.label} [${q.fallback}]: `)).trim() || q.fallback);
    return answers;
  } finally {
    rl.close();
  }
}

export async function newCommand(args: readonly string[], io: Context): Promise<number> {
  const { values, positionals } = parseArgs({
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
      config: { type: "string", short: "c" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(io.t("new.help"));
    return EXIT.ok;
  }
  const config = loadConfig(io.cwd, RULE_IDS, values.config);
  const interactive = io.stdin?.isTTY === true && io.stdout.isTTY === true;
  let title = positionals.join(" ").trim();
  const lang = io.lang;
  let severity = pick(values.severity, SEVERITIES, "severity");
  let cause = pick(values.cause, config.causes, "cause");
  let owner = values.owner?.trim();
  let channels = (values.channel ?? [])
    .flatMap((c) => c.split(","))
    .map((c) => c.trim())
    .filter(Boolean);
  const defaults = { severity: "medium", owner: "unassigned", channel: config.channels?.[0] ?? "web", cause: "concept" };
  if (interactive) {
    const wanted: { key: keyof typeof defaults | "title"; label: string; fallback: string }[] = [];
    if (!title) wanted.push({ key: "title", label: io.t("new.prompt.title"), fallback: "" });
    if (!severity)
      wanted.push({ key: "severity", label: `${io.t("new.prompt.severity")} (${SEVERITIES.join(", ")})`, fallback: defaults.severity });
    if (!owner) wanted.push({ key: "owner", label: io.t("new.prompt.owner"), fallback: defaults.owner });
    if (channels.length === 0) wanted.push({ key: "channel", label: io.t("new.prompt.channels"), fallback: defaults.channel });
    if (!cause) wanted.push({ key: "cause", label: `${io.t("new.prompt.cause")} (${config.causes.join(", ")})`, fallback: defaults.cause });
    const answers = await ask(io, wanted);
    wanted.forEach((w, i) => {
      const answer = answers[i]!;
      if (w.key === "title") title = answer;
      else if (w.key === "severity") severity = pick(answer, SEVERITIES, "severity");
      else if (w.key === "owner") owner = answer;
      else if (w.key === "channel")
        channels = answer
          .split(",")
          .map((c) => c.trim())
          .filter(Boolean);
      else cause = pick(answer, config.causes, "cause");
    });
  }
  // Checked after the prompts too: a channel typed at a terminal goes into the YAML just the same.
  const badChannel = channels.find((c) => !SLUG_PATTERN.test(c) || (config.channels && !config.channels.includes(c)));
  if (badChannel) {
    throw config.channels
      ? new UsageError("new.bad-channel", { channel: badChannel, allowed: config.channels.join(", ") })
      : new UsageError("new.bad-channel-any", { channel: badChannel });
  }
  if (!title) throw new UsageError("new.title-needed");
  const day = values.date ?? formatDay(today(io.env));
  if (!parseDate(day)) throw new UsageError("new.bad-date", { value: day });
  const id = incidentId(day, title);
  if (!id) throw new UsageError("new.title-without-letters", { title });
  const text = renderTemplate({
    id,
    title,
    lang,
    day,
    severity: severity ?? defaults.severity,
    owner: owner || defaults.owner,
    channels: channels.length ? channels : [defaults.channel],
    cause: cause ?? defaults.cause,
    causes: config.causes,
    sections: config.sections,
  });
  // A configured glob such as incidents/**/*.md names its folder before the first wildcard.
  const dir = values.dir ?? path.join(staticBase(config.paths[0] ?? "incidents"), day.slice(0, 4));
  const file = path.join(dir, `${id}.md`);
  try {
    createFileExclusive(path.resolve(io.cwd, file), text);
  } catch (error) {
    if (error instanceof FileExistsError) {
      io.stderr.write(`${io.t("new.exists", { file: file.split(path.sep).join("/") })}\n`);
      return EXIT.problems;
    }
    throw error;
  }
  io.stdout.write(`${file.split(path.sep).join("/")}\n`);
  return EXIT.ok;
}
