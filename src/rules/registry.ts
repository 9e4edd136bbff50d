import type { Rule } from "./define-rule.js";
import actionDoneDate from "./rules/action-done-date.js";
import actionOwnerDue from "./rules/action-owner-due.js";
import blamelessLanguage from "./rules/blameless-language.js";
import channelName from "./rules/channel-name.js";
import commentsDeletedReason from "./rules/comments-deleted-reason.js";
import idMatchesFilename from "./rules/id-matches-filename.js";
import impact from "./rules/impact.js";
import lessonsRequired from "./rules/lessons-required.js";
import overdueAction from "./rules/overdue-action.js";
import parse from "./rules/parse.js";
import read from "./rules/read.js";
import relatedExists from "./rules/related-exists.js";
import requiredSections from "./rules/required-sections.js";
import schema from "./rules/schema.js";
import timeOrder from "./rules/time-order.js";
import timelineOrder from "./rules/timeline-order.js";
import unfinished from "./rules/unfinished.js";
import uniqueId from "./rules/unique-id.js";
import unknownKey from "./rules/unknown-key.js";

/** Every rule, in the order their diagnostics are listed for the same place. */
export const RULES: readonly Rule[] = [
  read,
  parse,
  schema,
  unknownKey,
  channelName,
  impact,
  idMatchesFilename,
  uniqueId,
  relatedExists,
  timeOrder,
  timelineOrder,
  lessonsRequired,
  actionOwnerDue,
  actionDoneDate,
  overdueAction,
  commentsDeletedReason,
  requiredSections,
  unfinished,
  blamelessLanguage,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
