import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/translate.js";
import { draftFromIssue, NotAFormError } from "../../src/scaffold/from-issue.js";
import { DEFAULT_CAUSES } from "../../src/schema/index.js";
import { optionLabel, renderIssueBody } from "./issue-body.js";

const options = (lang: "en" | "es" = "en", channels?: string[]) => ({
  causes: [...DEFAULT_CAUSES],
  ...(channels ? { channels } : {}),
  today: "2026-11-23",
  t: translator(lang),
});

describe("draftFromIssue", () => {
  it("reads every answer of an English form into the fields and sections", () => {
    const body = renderIssueBody("en", {
      started: "14/03/2026 09:30 -05:00",
      detected: "2026-03-14 11:00 -05:00",
      severity: optionLabel("en", "severity", "high"),
      category: optionLabel("en", "category", "pricing"),
      channels: [optionLabel("en", "channels", "email"), optionLabel("en", "channels", "web")],
      owner: "Marta Gil",
      source: optionLabel("en", "source", "customer-complaint"),
      summary: "The discount field accepted 90 where 9 was meant.",
      "what-happened": "- 09:30 newsletter sent\n- 10:40 first complaint",
      response: "Apology by email at 12:15.",
      lessons: "A second person checks every code.",
    });
    const draft = draftFromIssue(body, options());
    expect(draft).toMatchObject({
      started: "2026-03-14T09:30:00-05:00",
      detected: "2026-03-14T11:00:00-05:00",
      severity: "high",
      cause: "pricing",
      channels: ["email", "web"],
      owner: "Marta Gil",
      source: "customer-complaint",
      summary: "The discount field accepted 90 where 9 was meant.",
      answers: {
        "what-happened": "- 09:30 newsletter sent\n- 10:40 first complaint",
        response: "Apology by email at 12:15.",
        lessons: "A second person checks every code.",
      },
      unplaced: [],
      keptInside: [],
    });
    expect([...draft.unanswered]).toEqual([]);
  });

  it("reads a Spanish form, and values typed as people type them", () => {
    const body = renderIssueBody("es", {
      started: "2026-06-12",
      detected: "13/06/2026 18:00 +02:00",
      severity: "alta",
      category: "segmentación",
      channels: ["Instagram", "Twitter", "WhatsApp"],
      owner: "Lucía Pérez",
      source: optionLabel("es", "source", "social-listening"),
      summary: "La programación no se revisó tras el sismo.",
    });
    const draft = draftFromIssue(body, options("es"));
    expect(draft).toMatchObject({
      started: "2026-06-12",
      detected: "2026-06-13T18:00:00+02:00",
      severity: "high",
      cause: "targeting",
      channels: ["instagram", "x", "whatsapp"],
      owner: "Lucía Pérez",
      source: "social-listening",
      unplaced: [],
    });
  });

  it("fills what was left empty with defaults and says so, never inventing a summary", () => {
    const draft = draftFromIssue(renderIssueBody("en", {}), options());
    expect(draft).toMatchObject({
      started: "2026-11-23",
      detected: "2026-11-23",
      severity: "medium",
      channels: ["web"],
      owner: "unassigned",
    });
    expect(draft.summary).toBeUndefined();
    expect(draft.answers).toEqual({});
    expect([...draft.unanswered].sort()).toEqual(["category", "channels", "detected", "owner", "severity", "started"]);
    expect(draft.unplaced).toEqual([]);
  });

  it("keeps what it cannot read, with the reason, and never drops it", () => {
    const body = `Some text above the form.\n\n${renderIssueBody("en", {
      started: "03/04/2026 21:30",
      detected: "yesterday evening",
      severity: "pretty bad",
      category: optionLabel("en", "category", "copy"),
      channels: ["Instagram", "Carrier pigeon!"],
      owner: "Ana",
    })}`.replace("### Owner", "### Budget\n\n5,000 EUR\n\n### Owner");
    const draft = draftFromIssue(body, options());
    const kept = Object.fromEntries(draft.unplaced.map((u) => [u.label, u.text]));
    expect(kept).toEqual({
      "Text before the form's first question": "Some text above the form.",
      "When it started": "03/04/2026 21:30",
      "When the team noticed": "yesterday evening",
      Severity: "pretty bad",
      Channels: "Carrier pigeon!",
      Budget: "5,000 EUR",
    });
    expect(draft.unplaced.find((u) => u.label === "When it started")!.reason).toContain("2026-04-03 or 2026-03-04");
    expect(draft).toMatchObject({
      started: "2026-11-23",
      detected: "2026-11-23",
      severity: "medium",
      cause: "copy",
      channels: ["instagram"],
      owner: "Ana",
    });
  });

  it("keeps the day of a time with no offset, and the typed value with the reason", () => {
    const draft = draftFromIssue(renderIssueBody("en", { started: "2026-03-14 09:30", detected: "2026-03-14" }), options());
    expect(draft.started).toBe("2026-03-14");
    expect(draft.unplaced).toMatchObject([{ label: "When it started", text: "2026-03-14 09:30" }]);
  });

  it("never lets the team notice an incident before it started", () => {
    const draft = draftFromIssue(renderIssueBody("en", { started: "2026-03-14T10:00:00Z", detected: "2026-03-13" }), options());
    expect(draft).toMatchObject({ started: "2026-03-14T10:00:00Z", detected: "2026-03-14T10:00:00Z" });
    expect(draft.unplaced.map((u) => u.label)).toEqual(["When the team noticed"]);
  });

  it("refuses channels the configuration does not allow, keeping them", () => {
    const body = renderIssueBody("en", { channels: ["Instagram", "TikTok"] });
    const draft = draftFromIssue(body, options("en", ["instagram", "email"]));
    expect(draft.channels).toEqual(["instagram"]);
    expect(draft.unplaced).toMatchObject([{ label: "Channels", text: "TikTok" }]);
  });

  it("reads channels given as checkboxes too", () => {
    const body = renderIssueBody("en", {}).replace(
      "### Channels\n\n_No response_",
      "### Channels\n\n- [X] Instagram\n- [ ] Facebook\n- [x] Email or newsletter",
    );
    expect(draftFromIssue(body, options()).channels).toEqual(["instagram", "email"]);
  });

  it("leaves a person's own headings inside a long answer, and names them", () => {
    const body = renderIssueBody("en", { "what-happened": "It went out.\n\n### Timeline\n\n- 09:30 sent" });
    const draft = draftFromIssue(body, options());
    expect(draft.answers["what-happened"]).toBe("It went out.\n\n### Timeline\n\n- 09:30 sent");
    expect(draft.keptInside).toEqual(["Timeline"]);
    expect(draft.unplaced).toEqual([]);
  });

  it("says when a text was not written with the form", () => {
    expect(() => draftFromIssue("Just a bug report.\n\n### Steps\n\n1. click", options())).toThrow(NotAFormError);
  });
});
