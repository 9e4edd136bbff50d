// Writes N valid incidents of one realistic shape, English and Spanish, over several years. Every shape
// carries diagnostics as real corpora do: overdue actions (warnings) and, in one file in 200, an error.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// The taxonomy as the shipped JSON Schema states it, so the benchmark never drifts from the format.
const schema = JSON.parse(readFileSync(new URL("../schemas/incident.schema.json", import.meta.url), "utf8"));
const CAUSES = schema.properties.cause.properties.category.enum;
const CHANNELS = ["instagram", "x", "facebook", "tiktok", "youtube", "linkedin", "email", "sms", "web", "app", "press"];
const SEVERITIES = ["critical", "high", "medium", "low"];
const OWNERS = ["Marta Gil", "Luis Pardo", "Grace Whitfield", "Ravi Patel", "Camila Restrepo", "Tom Becker", "José Núñez", "Zoë Ağca"];

export const SHAPES = ["plain", "rich", "long", "spanish", "crlf-bom", "flow", "mixed"];

const pad = (n) => String(n).padStart(2, "0");
const pick = (list, i) => list[i % list.length];

const EN = {
  heads: ["Summary", "What happened", "Root cause", "Lessons learned"],
  para: "The campaign went out with a message the audience read another way; the team checked the calendar, paused paid media and answered within the hour with a clear statement.",
  event: [
    "Scheduled post goes out",
    "Social listening flags a spike in mentions",
    "Statement published",
    "Paid media paused",
    "Agency briefed",
  ],
  lesson: "Check the day's news before any scheduled post goes out.",
  task: "Add a context check to the publishing checklist",
  summary: "The approval process had no check of the news context on the day of publishing.",
};
const ES = {
  heads: ["Resumen", "Qué pasó", "Causa raíz", "Lecciones aprendidas"],
  para: "La campaña salió con un mensaje que la audiencia leyó de otra manera; el equipo revisó el calendario, pausó la pauta y respondió en menos de una hora con un comunicado claro.",
  event: [
    "Sale la publicación programada",
    "La escucha social detecta el pico de menciones",
    "Se publica el comunicado",
    "Se pausa la pauta",
    "Se informa a la agencia",
  ],
  lesson: "Revisar la actualidad del día antes de publicar contenido programado.",
  task: "Añadir el control de contexto a la lista de publicación",
  summary: "El proceso de aprobación no incluía una revisión del contexto del día de publicación.",
};

/** Body sections: plain paragraphs, or the Markdown people paste (lists, tables, quotes, code, links, images). */
function body(w, rich, i) {
  if (!rich) return w.heads.map((h, k) => `## ${h}\n\n${w.para}${k === 1 ? ` ${w.para}` : ""}\n`).join("\n");
  const blocks = [
    `${w.para}\n\n- ${w.event[0]} at **09:30**\n- ${w.event[1]}, see [the report](https://example.com/r/${i})\n  - nested detail with \`code\`\n1. first\n2. second`,
    `| time | what |\n| --- | --- |\n| 09:30 | ${w.event[0]} |\n| 10:15 | ${w.event[1]} |\n\n> "${w.para.slice(0, 60)}…" — a customer\n\n![screenshot](images/${i}.png)`,
    `${w.para}\n\n\`\`\`text\nUTM: utm_source=newsletter&utm_campaign=spring\n## not a heading\n\`\`\`\n\n---\n\nAfter the rule, more *emphasis* and a footnote[^1].\n\n[^1]: A note.`,
    `${w.para}\n\n* one\n* two\n\n<!-- reviewed in the weekly retro -->\n\n***`,
  ];
  return w.heads.map((h, k) => `## ${h}\n\n${blocks[k]}\n`).join("\n");
}

function incident(i, shape) {
  const kind = shape === "mixed" ? pick(SHAPES.slice(0, -1), i) : shape;
  const es = kind === "spanish" || (kind !== "plain" && i % 2 === 1);
  const w = es ? ES : EN;
  const year = 2022 + (i % 5);
  const month = 1 + (i % 12);
  const day = 1 + (i % 27);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const id = `${date}-incident-${i}`;
  const owner = pick(OWNERS, i);
  const long = kind === "long";
  const flow = kind === "flow";
  // One file in 200 has an error a reviewer would catch: an action with no owner.
  const broken = i % 200 === 7;
  const events = long ? 24 : 3;
  const timeline = Array.from({ length: events }, (_, k) => {
    const at = `${date}T${pad(9 + Math.floor(k / 4))}:${pad((k % 4) * 15)}:00-05:00`;
    return flow ? `  - { at: ${at}, event: "${pick(w.event, k)}" }` : `  - at: ${at}\n    event: ${pick(w.event, k)} # step ${k + 1}`;
  }).join("\n");
  const lessonCount = long ? 3 : 1;
  const lessons = Array.from({ length: lessonCount }, (_, l) => {
    const actions = Array.from({ length: long ? 3 : 1 }, (_, a) => {
      // Actions due before 2026-11-23 and not done are overdue: most corpora have some.
      const done = (i + a) % 3 !== 0;
      const due = `${year}-${pad(1 + ((month + a) % 12))}-28`;
      const ownerLine = broken && a === 0 ? "" : `owner: ${owner}`;
      if (flow)
        return `      - { task: "${w.task} ${a + 1}", ${ownerLine ? `${ownerLine}, ` : ""}due: ${due}, status: ${done ? "done" : "open"}${done ? `, done: ${due}` : ""} }`;
      return [
        `      - task: ${w.task} ${a + 1}`,
        ownerLine && `        ${ownerLine}`,
        `        due: ${due}`,
        `        status: ${done ? "done" : "open"}`,
        done && `        done: ${due}`,
      ]
        .filter(Boolean)
        .join("\n");
    }).join("\n");
    return `  - lesson: ${w.lesson} (${l + 1})\n    actions:\n${actions}`;
  }).join("\n");
  const channels = `[${pick(CHANNELS, i)}, ${pick(CHANNELS, i + 3)}]`;
  const front = `---
# ${flow ? "flow and block styles, with comments" : "incident"}
id: ${id}
title: "Incident ${i}: ${es ? "publicación fuera de tono" : "post out of tone"}"
status: final
severity: ${pick(SEVERITIES, i)}
started: ${date}T09:30:00-05:00
detected: ${date}T10:15:00-05:00
responded: ${date}T11:00:00-05:00
resolved: ${date}
brand: Brand ${i % 7}
campaign: Campaign ${i % 40}
channels: ${flow ? channels : `\n  - ${pick(CHANNELS, i)}\n  - ${pick(CHANNELS, i + 3)}`}
owner: ${owner}
detection: ${flow ? "{ source: social-listening, tool: Listening tool }" : "\n  source: social-listening\n  tool: Listening tool"}
cause:
  category: ${pick(CAUSES, i)}
  summary: ${w.summary}
  factors: [no-context-check, late-approval]
timeline:
${timeline}
lessons:
${lessons}
impact:
  reach: ${10000 + i}
  negativeMentions: ${100 + (i % 900)}
  sentimentBefore: 0.4
  sentimentAfter: -0.2
  cost: { amount: ${1000 + (i % 5000)}, currency: EUR }
response:
  apology: true
  statement: ${es ? "Pedimos disculpas por el tono de la publicación." : "We apologise for the tone of the post."}
  postsDeleted: 1
  commentsDeleted: 0
tags: [scheduled-content, brand-${i % 7}]
---

`;
  let text = front + body(w, kind === "rich" || kind === "long" || (kind === "mixed" && i % 3 === 0), i);
  if (kind === "crlf-bom") text = `\uFEFF${text.replace(/\n/g, "\r\n")}`;
  return { file: path.join(String(year), `${id}.md`), text };
}

export function writeCorpus(dir, n, shape = "plain") {
  for (let i = 0; i < n; i++) {
    const { file, text } = incident(i, shape);
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
