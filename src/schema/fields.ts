import * as z from "zod";
import { parseDate, parseDateTime } from "../dates/index.js";
import { SLUG_PATTERN } from "./taxonomy.js";

/**
 * Field types whose problems need more than Zod's own words. Each failing check carries a `kind` in its
 * params, which src/schema/issues.ts turns into a message with the exact fix.
 */
export type FieldKind = "date" | "date-only" | "text" | "slug" | "currency";

const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
const DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}([Tt]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2}))?$";

function dateString(allowTime: boolean) {
  return z
    .string()
    .refine((value) => parseDate(value) !== null || (allowTime && parseDateTime(value) !== null), {
      params: { kind: allowTime ? "date" : "date-only" },
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

export const text = () => z.string().refine((v) => /\S/.test(v), { params: { kind: "text" } });

export const slug = () => z.string().refine((v) => SLUG_PATTERN.test(v), { params: { kind: "slug" } });

export const count = () => z.number().int().min(0);

export const currency = () => z.string().refine((v) => /^[A-Z]{3}$/.test(v), { params: { kind: "currency" } });
