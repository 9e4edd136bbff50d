import { z } from "zod";
import { parseDate, parseDateTime } from "../dates/index.js";
import { SLUG_PATTERN } from "./taxonomy.js";

/** Why a written value is not a date the spec accepts, as the rest of a sentence; `null` if it is one. */
export function dateProblem(text: string, allowTime: boolean): string | null {
  if (parseDate(text)) return null;
  if (allowTime && parseDateTime(text)) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `must be a real calendar day; ${text} does not exist`;
  if (!allowTime && /^\d{4}-\d{2}-\d{2}[Tt ]/.test(text)) return "must be a day only (YYYY-MM-DD), without a time";
  if (/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) {
    return "needs a time-zone offset after the time: Z or one such as -05:00";
  }
  return allowTime
    ? "must be a date (YYYY-MM-DD) or a date-time with an offset (2026-03-14T09:30:00-05:00)"
    : "must be a date (YYYY-MM-DD)";
}

const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
const DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}([Tt]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2}))?$";

function dateString(allowTime: boolean) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = dateProblem(value, allowTime);
      if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
    })
    .meta({
      pattern: allowTime ? DATE_TIME_PATTERN : DATE_PATTERN,
      description: allowTime ? "A calendar day (YYYY-MM-DD) or a date-time with an offset" : "A calendar day (YYYY-MM-DD)",
    });
}

/** A calendar day, or a date-time that carries its offset. */
export const dateOrDateTime = () => dateString(true);
/** A calendar day only. */
export const dateOnly = () => dateString(false);

export const text = () => z.string().regex(/\S/, { error: "must not be empty" });

export const slug = () =>
  z.string().regex(SLUG_PATTERN, { error: "must be a kebab-case slug: lower-case letters and digits joined by single hyphens" });

export const count = () => z.number().int({ error: "must be a whole number" }).min(0, { error: "must be 0 or more" });
