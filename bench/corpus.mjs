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

export const SHAPES = [
  "plain",
  "rich",
  "long",
  "spanish",
  "crlf-bom",
  "flow",
  "essay",
  "handwritten",
  "mixed",
  "unique",
  "actions",
  "linked",
  "tables",
];
/** What `mixed` mixes: the shapes before it (`unique`, `actions`, `linked` and `tables` were added later; `mixed` stays as it was measured). */
const MIXED = SHAPES.slice(0, SHAPES.indexOf("mixed"));

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

/**
 * `linked`: bodies pasted from the web and from shared documents: HTML blocks (`<details>`), autolinks at
 * the start of a line, link definitions and footnotes in a row, list items that open with code, emphasis,
 * a link or a number, relative links to assets and notes. Each of these once sent the outline to remark.
 */
function linkedBody(w, es, i) {
  const blocks = [
    `${w.para}\n\n<details>\n<summary>${es ? "Capturas" : "Screenshots"}</summary>\n\n![post](../assets/${i}/post.png)\n</details>\n\n<https://example.com/press/${i % 50}>`,
    `- \`09:30\` ${w.event[0]}, [${es ? "enlace" : "link"}][post-${i % 9}]\n- _${w.event[1]}_ <https://x.com/brand/status/${1790000 + i}>\n  - **${w.event[2]}**, see [notes](./notes/${i}.md#timeline)\n\n[post-${i % 9}]: https://example.com/posts/${i % 9} "${es ? "La publicación" : "The post"}"\n[brief]: ../briefs/${i % 30}.md`,
    `${w.para}[^1] [^2]\n\n### ${es ? "¡Qué semana!" : "What a week!"}\n\n> \`utm_source\` ${w.para.slice(0, 40)}\n\n[^1]: [${es ? "Informe" : "Report"}](https://docs.example.com/d/${i}/edit#h.x1)\n[^2]: <mailto:comms@example.com>`,
    `${w.para}\n\n1. <kbd>Ctrl</kbd>+<kbd>Z</kbd> ${es ? "no deshace un envío" : "does not undo a send"}\n2. 0.5 ${es ? "puntos de sentimiento menos" : "sentiment points lost"}`,
  ];
  return w.heads.map((h, k) => `## ${h}\n\n${blocks[k]}\n`).join("\n");
}

/**
 * `tables`: the figures of a crisis pasted from a dashboard: two to three tables of 8 to 12 columns and
 * 10 to 40 rows (reach, mentions and sentiment by channel and day), between paragraphs. A cell is parsed
 * like a paragraph, so a body of tables costs the site several times a body of prose of the same size.
 */
function tablesBody(w, es, i) {
  const table = (t) => {
    const columns = 8 + ((i + t) % 5);
    const rows = 10 + ((i * 7 + t * 13) % 31);
    const head = [es ? "día" : "day", ...CHANNELS.slice(0, columns - 1)];
    const lines = [`| ${head.join(" | ")} |`, `|${" --- |".repeat(columns)}`];
    for (let r = 0; r < rows; r++) {
      const cells = head.slice(1).map((_, c) => String(((i + 1) * (r + 3) * (c + 7)) % 9973));
      lines.push(`| 2025-08-${pad(1 + (r % 28))} | ${cells.join(" | ")} |`);
    }
    return lines.join("\n");
  };
  const tables = Array.from({ length: 2 + (i % 2) }, (_, t) => `${table(t)}\n\n${w.para}`).join("\n\n");
  return w.heads.map((h, k) => `## ${h}\n\n${k === 1 ? tables : w.para}\n`).join("\n");
}

function incident(i, shape) {
  const kind = shape === "mixed" ? pick(MIXED, i) : shape;
  if (kind === "handwritten") return handwritten(i);
  const es = kind === "spanish" || (kind !== "plain" && i % 2 === 1);
  const w = es ? ES : EN;
  const year = 2022 + (i % 5);
  const month = 1 + (i % 12);
  const day = 1 + (i % 27);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const id = `${date}-incident-${i}`;
  const owner = pick(OWNERS, i);
  // `unique`: the long shape, but no two files share a sentence (timeline events, lessons, tasks, causes),
  // as in a real team's files; the other shapes repeat a few, which lessonbook stores once.
  const unique = kind === "unique";
  // `actions`: the long shape from a team that writes many lessons, each with several actions, and
  // closes most of them (240,000 actions in 10,000 files).
  const many = kind === "actions";
  const long = kind === "long" || unique || many;
  const own = (text, seed, words) => (unique ? phrase(es ? "es" : "en", seed, words) : text);
  const flow = kind === "flow";
  // One file in 200 has an error a reviewer would catch: an action with no owner.
  const broken = i % 200 === 7;
  const events = long ? 24 : 3;
  const timeline = Array.from({ length: events }, (_, k) => {
    const at = `${date}T${pad(9 + Math.floor(k / 4))}:${pad((k % 4) * 15)}:00-05:00`;
    const event = own(pick(w.event, k), i * 101 + k, 6);
    return flow ? `  - { at: ${at}, event: "${event}" }` : `  - at: ${at}\n    event: ${event} # step ${k + 1}`;
  }).join("\n");
  const lessonCount = many ? 6 : long ? 3 : 1;
  const lessons = Array.from({ length: lessonCount }, (_, l) => {
    const actions = Array.from({ length: many ? 4 : long ? 3 : 1 }, (_, a) => {
      // Actions due before 2026-11-23 and not done are overdue: most corpora have some.
      const done = many ? (i + l + a) % 12 !== 0 : (i + a) % 3 !== 0;
      const due = `${year}-${pad(1 + ((month + a) % 12))}-28`;
      const ownerLine = broken && a === 0 ? "" : `owner: ${owner}`;
      const task = own(`${w.task} ${a + 1}`, i * 103 + l * 11 + a + 50, 8);
      if (flow)
        return `      - { task: "${task}", ${ownerLine ? `${ownerLine}, ` : ""}due: ${due}, status: ${done ? "done" : "open"}${done ? `, done: ${due}` : ""} }`;
      return [
        `      - task: ${task}`,
        ownerLine && `        ${ownerLine}`,
        `        due: ${due}`,
        `        status: ${done ? "done" : "open"}`,
        done && `        done: ${due}`,
      ]
        .filter(Boolean)
        .join("\n");
    }).join("\n");
    return `  - lesson: ${own(`${w.lesson} (${l + 1})`, i * 107 + l + 80, 10)}\n    actions:\n${actions}`;
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
  summary: ${own(w.summary, i * 109 + 90, 12)}
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
  const rich = kind === "rich" || kind === "long" || (kind === "mixed" && i % 3 === 0);
  let text =
    front +
    (kind === "essay"
      ? essay(w, i)
      : kind === "linked"
        ? linkedBody(w, es, i)
        : kind === "tables"
          ? tablesBody(w, es, i)
          : body(w, rich, i));
  if (kind === "crlf-bom") text = `\uFEFF${text.replace(/\n/g, "\r\n")}`;
  return { file: path.join(String(year), `${id}.md`), text };
}

const SENTENCES = {
  en: [
    "The post was shared within the first hour, before the regional teams had seen the final copy.",
    "Customer service received a wave of similar questions, and the holding statement was not ready.",
    "The agency sent a corrected version within two hours, but screenshots were already circulating.",
    "Listening showed mentions at four times the weekly average by the afternoon.",
    "The approval checklist still assumed a single market and a single language.",
    "Sentiment recovered over the following ten days, more slowly among new followers.",
  ],
  es: [
    "La publicación se compartió en la primera hora, antes de que los equipos regionales vieran el texto final.",
    "Atención al cliente recibió una ola de preguntas parecidas y el comunicado no estaba listo.",
    "La agencia envió una versión corregida en dos horas, pero ya circulaban capturas de pantalla.",
    "La escucha social mostró menciones cuatro veces por encima de la media semanal por la tarde.",
    "La lista de aprobación todavía suponía un solo mercado y un solo idioma.",
    "El sentimiento se recuperó en los diez días siguientes, más despacio entre los seguidores nuevos.",
  ],
};

const WORDS = {
  en: [...new Set(SENTENCES.en.join(" ").replace(/[.,"]/g, "").toLowerCase().split(" "))],
  es: [...new Set(SENTENCES.es.join(" ").replace(/[.,"]/g, "").toLowerCase().split(" "))],
};

/** `words` words of the prose, picked by `seed`: a sentence no other file of the `unique` shape has. */
function phrase(lang, seed, words) {
  let x = seed >>> 0;
  const out = [];
  for (let k = 0; k < words; k++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + 374761393 + k) >>> 0;
    out.push(WORDS[lang][x % WORDS[lang].length]);
  }
  const text = out.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}`;
}

/** A long post-mortem (about 15 KB): paragraphs of prose, subsections, nested quotes, footnotes, a comment. */
function essay(w, i) {
  const lang = w === ES ? "es" : "en";
  const para = (k) => Array.from({ length: 5 }, (_, s) => pick(SENTENCES[lang], i + k + s)).join(" ");
  const section = (h, k) =>
    [
      `## ${h}`,
      para(k),
      `### ${lang === "es" ? "Detalle" : "In detail"} ${k + 1}`,
      `${para(k + 1)} ${para(k + 2)}[^${k + 1}]`,
      `> ${para(k + 3)}\n>\n> > ${lang === "es" ? "Citando la publicación original" : "Quoting the original post"}: "${pick(SENTENCES[lang], i + k)}"`,
      `<!--\n  ${lang === "es" ? "Nota del equipo" : "Team note"}: ${para(k + 4)}\n-->`,
      `${para(k + 5)}\n${para(k + 6)}`,
      `[^${k + 1}]: ${pick(SENTENCES[lang], i + k + 7)}\n    ${pick(SENTENCES[lang], i + k + 8)}`,
    ].join("\n\n");
  return w.heads.map((h, k) => section(h, k * 10)).join("\n\n") + "\n";
}

/**
 * Front-matter written by hand: `>-` and `|` blocks, escapes and both kinds of quotes, comments
 * everywhere, anchors and aliases (`&lead`, `*lead`; `&fx`, `tags: *fx`), quoted dates, and the fields in
 * one of three orders.
 */
function handwritten(i) {
  const es = i % 2 === 1;
  const w = es ? ES : EN;
  const year = 2022 + (i % 5);
  const month = 1 + (i % 12);
  const day = 1 + (i % 27);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const id = `${date}-by-hand-${i}`;
  const owner = pick(OWNERS, i);
  const broken = i % 200 === 7;
  const done = i % 3 !== 0;
  const due = `${year}-${pad(1 + (month % 12))}-28`;
  const fields = {
    id: `id: ${id}   # as in the file name`,
    title: `title: >-\n  Incident ${i}: ${es ? "publicación" : "post"}\n  ${es ? "fuera de tono — caso" : "out of tone — case"} ${i}`,
    status: "status: final # draft | review | final",
    severity: `severity: ${pick(SEVERITIES, i)}`,
    when: [
      "# --- when ---",
      `started: ${date}T09:30:00-05:00`,
      `detected:   "${date}T10:15:00-05:00"  # from the listening tool`,
      `responded: '${date}T11:00:00-05:00'`,
      `resolved: ${date}`,
    ].join("\n"),
    who: `brand: "Brand ${i % 7}"\ncampaign: 'Campaign ${i % 40}'\nowner: &lead ${owner}`,
    channels: `channels:   # where it showed\n  - ${pick(CHANNELS, i)}\n\n  - "${pick(CHANNELS, i + 3)}"`,
    detection: `detection: {source: social-listening, tool: "Listening\\u2122 tool"}`,
    cause: [
      "cause:",
      `  category: ${pick(CAUSES, i)}   # from the taxonomy`,
      "  summary: |",
      `    ${w.summary}`,
      `    ${es ? "El calendario se cerró dos semanas antes." : "The calendar was locked two weeks earlier."}`,
      "  factors: &fx",
      "    - no-context-check",
      "    - late-approval",
    ].join("\n"),
    timeline: [
      "timeline:",
      `  - {at: ${date}T09:30:00-05:00, event: "${pick(w.event, 0)}"}`,
      "  # the spike",
      `  - at: ${date}T10:15:00-05:00`,
      "    event: |-",
      `      ${pick(w.event, 1)}`,
      `      (x${2 + (i % 5)})`,
      `  - event: "${pick(w.event, 2)} \\"${es ? "fijado" : "pinned"}\\""`,
      `    at: "${date}T11:00:00-05:00"`,
    ].join("\n"),
    lessons: [
      "lessons:   # the point of the whole file",
      "  - lesson: >-",
      `      ${w.lesson}`,
      "    actions:",
      `      - task: "${w.task}" # as agreed in the retro`,
      broken ? "" : "        owner: *lead",
      `        due: '${due}'`,
      `        status: ${done ? "done" : "open"}`,
      done ? `        done: "${due}"` : "",
    ]
      .filter(Boolean)
      .join("\n"),
    impact: `impact:            # numbers without separators\n  reach: ${10000 + i}\n  negativeMentions: ${100 + (i % 900)}\n  cost: {amount: ${1000 + (i % 5000)}.50, currency: EUR}`,
    response: [
      "response:",
      "  apology: true",
      "  statement: >",
      `    ${es ? "Pedimos disculpas por el tono de la publicación" : "We apologise for the tone of the post"}`,
      `    ${es ? "y hemos pausado la campaña." : "and have paused the campaign."}`,
      "  commentsDeleted: 0",
    ].join("\n"),
    tags: "tags: *fx   # the same as the factors",
  };
  const orders = [
    [
      "id",
      "title",
      "status",
      "severity",
      "when",
      "who",
      "channels",
      "detection",
      "cause",
      "timeline",
      "lessons",
      "impact",
      "response",
      "tags",
    ],
    [
      "title",
      "id",
      "severity",
      "status",
      "who",
      "when",
      "cause",
      "tags",
      "channels",
      "detection",
      "timeline",
      "impact",
      "response",
      "lessons",
    ],
    [
      "id",
      "status",
      "title",
      "who",
      "severity",
      "channels",
      "when",
      "detection",
      "timeline",
      "cause",
      "lessons",
      "tags",
      "response",
      "impact",
    ],
  ];
  const front = `---\n# Incident ${i}, written by hand\n\n${pick(orders, i)
    .map((k) => fields[k])
    .join("\n\n")}\n---\n\n`;
  return { file: path.join(String(year), `${id}.md`), text: front + body(w, i % 2 === 0, i) };
}

export function writeCorpus(dir, n, shape = "plain") {
  for (let i = 0; i < n; i++) {
    const { file, text } = incident(i, shape);
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
