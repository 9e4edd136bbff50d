import { createInterface } from "node:readline/promises";
import type { Translate } from "../i18n/translate.js";
import { type Checked, checkCause, checkChannels, checkSeverity, checkWhen, DATE_EXAMPLE } from "../scaffold/answers.js";
import { incidentId } from "../scaffold/id.js";
import { oneLine } from "../scaffold/quote.js";
import type { Context } from "./io.js";

/** Ctrl+C or Ctrl+D at a question: the person wants out, and nothing is written. */
export class WizardStopped extends Error {}

/** One question at a time on a terminal. */
export interface Prompter {
  ask(question: string): Promise<string>;
  say(text: string): void;
  close(): void;
}

export function terminalPrompter(io: Context): Prompter {
  const rl = createInterface({ input: io.stdin!, output: io.stdout as NodeJS.WritableStream, terminal: true });
  // readline pauses on Ctrl+C when nobody listens, and leaves a pending question unanswered on Ctrl+D.
  const stop = new AbortController();
  rl.on("SIGINT", () => stop.abort());
  rl.on("close", () => stop.abort());
  return {
    async ask(question) {
      if (stop.signal.aborted) throw new WizardStopped();
      try {
        return await rl.question(question, { signal: stop.signal });
      } catch (error) {
        if (stop.signal.aborted) throw new WizardStopped();
        throw error;
      }
    },
    say: (text) => void io.stdout.write(text),
    close: () => rl.close(),
  };
}

/** What the options already said; the wizard asks for the rest. */
export interface Given {
  title?: string;
  started?: string;
  severity?: string;
  channels?: string[];
  owner?: string;
  cause?: string;
}

export interface WizardAnswers {
  title: string;
  started: string;
  detected: string;
  severity: string;
  channels: string[];
  owner: string;
  cause: string;
  summary?: string;
}

export interface WizardSettings {
  t: Translate;
  causes: readonly string[];
  channels?: readonly string[];
  today: string;
  defaults: { severity: string; owner: string; channel: string; cause: string };
}

/** Asks until the answer reads as the format needs, saying why after each answer that does not. */
async function askUntil<T>(
  p: Prompter,
  t: Translate,
  question: string,
  fallback: string,
  check: (typed: string) => Checked<T>,
): Promise<T> {
  for (;;) {
    const typed = oneLine(await p.ask(question));
    const checked = check(typed || fallback);
    if (checked.ok) return checked.value;
    p.say(t("new.wizard.try-again", { reason: t(checked.messageId, checked.data) }));
  }
}

function checkTitle(typed: string): Checked<string> {
  if (!typed) return { ok: false, messageId: "new.answer.title-empty", data: {} };
  if (!incidentId("2000-01-01", typed)) return { ok: false, messageId: "new.answer.title-no-letters", data: { title: typed } };
  return { ok: true, value: typed };
}

/**
 * The questions of `lessonbook new` on a terminal: title, start, when it was noticed, severity,
 * channels, owner, kind of error and a one-line cause, skipping what the options gave.
 */
export async function runWizard(p: Prompter, given: Given, s: WizardSettings): Promise<WizardAnswers> {
  const { t } = s;
  p.say(t("new.wizard.intro"));
  const title = given.title ?? (await askUntil(p, t, t("new.wizard.title"), "", checkTitle));
  const started =
    given.started ??
    (await askUntil(p, t, t("new.wizard.started", { example: DATE_EXAMPLE, fallback: s.today }), s.today, (a) => checkWhen(a)));
  const detected = await askUntil(p, t, t("new.wizard.detected", { fallback: started }), started, (a) => checkWhen(a, started));
  const severity =
    given.severity ??
    (await askUntil(p, t, t("new.wizard.severity", { fallback: s.defaults.severity }), s.defaults.severity, checkSeverity));
  const channels =
    given.channels ??
    (await askUntil(p, t, t("new.wizard.channels", { fallback: s.defaults.channel }), s.defaults.channel, (a) =>
      checkChannels(a, s.channels),
    ));
  const owner = given.owner ?? oneLine(await p.ask(t("new.wizard.owner", { fallback: s.defaults.owner })));
  const cause =
    given.cause ??
    (await askUntil(p, t, t("new.wizard.cause", { causes: s.causes.join(", "), fallback: s.defaults.cause }), s.defaults.cause, (a) =>
      checkCause(a, s.causes),
    ));
  const summary = oneLine(await p.ask(t("new.wizard.summary", { fallback: t("new.wizard.summary-later") })));
  return { title, started, detected, severity, channels, owner: owner || s.defaults.owner, cause, ...(summary ? { summary } : {}) };
}
