// Writes N valid incidents of about 3 KB, English and Spanish, over several years and quarters.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CAUSES } from "../dist/schema/taxonomy.js";

// The taxonomy itself, from the build the benchmark times.
const CAUSES = [...DEFAULT_CAUSES];
const CHANNELS = ["instagram", "x", "facebook", "tiktok", "youtube", "linkedin", "email", "sms", "web", "app", "press"];
const SEVERITIES = ["critical", "high", "medium", "low"];
const OWNERS = ["Marta Gil", "Luis Pardo", "Grace Whitfield", "Ravi Patel", "Camila Restrepo", "Tom Becker"];

const pad = (n) => String(n).padStart(2, "0");

function incident(i) {
  const es = i % 2 === 1;
  const year = 2022 + (i % 5);
  const month = 1 + (i % 12);
  const day = 1 + (i % 27);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const id = `${date}-incident-${i}`;
  const cause = CAUSES[i % CAUSES.length];
  const owner = OWNERS[i % OWNERS.length];
  const heads = es
    ? ["Resumen", "Qué pasó", "Causa raíz", "Lecciones aprendidas"]
    : ["Summary", "What happened", "Root cause", "Lessons learned"];
  const para = es
    ? "La campaña salió con un mensaje que la audiencia leyó de otra manera; el equipo revisó el calendario, pausó la pauta y respondió en menos de una hora con un comunicado claro."
    : "The campaign went out with a message the audience read another way; the team checked the calendar, paused paid media and answered within the hour with a clear statement.";
  // One file in ten carries an HTML comment, which sends its body through the full Markdown parser.
  const extra = i % 10 === 0 ? "\n<!-- reviewed in the weekly retro -->\n" : "";
  const text = `---
id: ${id}
title: "Incident ${i}: ${es ? "publicación fuera de tono" : "post out of tone"}"
status: final
severity: ${SEVERITIES[i % 4]}
started: ${date}T09:30:00-05:00
detected: ${date}T10:15:00-05:00
responded: ${date}T11:00:00-05:00
resolved: ${date}
brand: Brand ${i % 7}
campaign: Campaign ${i % 40}
channels: [${CHANNELS[i % CHANNELS.length]}, ${CHANNELS[(i + 3) % CHANNELS.length]}]
owner: ${owner}
detection:
  source: social-listening
  tool: Listening tool
cause:
  category: ${cause}
  summary: ${es ? "El proceso de aprobación no incluía una revisión del contexto del día de publicación." : "The approval process had no check of the news context on the day of publishing."}
  factors: [no-context-check, late-approval]
timeline:
  - at: ${date}T09:30:00-05:00
    event: ${es ? "Sale la publicación programada" : "Scheduled post goes out"}
  - at: ${date}T10:15:00-05:00
    event: ${es ? "La escucha social detecta el pico de menciones" : "Social listening flags a spike in mentions"}
  - at: ${date}T11:00:00-05:00
    event: ${es ? "Se publica el comunicado" : "Statement published"}
lessons:
  - lesson: ${es ? "Revisar la actualidad el mismo día antes de publicar contenido programado." : "Check the day's news before any scheduled post goes out."}
    actions:
      - task: ${es ? "Añadir el control de contexto a la lista de publicación" : "Add a context check to the publishing checklist"}
        owner: ${owner}
        due: ${year}-12-31
        status: done
        done: ${year}-12-15
impact:
  reach: ${10000 + i}
  negativeMentions: ${100 + (i % 900)}
  sentimentBefore: 0.4
  sentimentAfter: -0.2
response:
  apology: true
  statement: ${es ? "Pedimos disculpas por el tono de la publicación." : "We apologise for the tone of the post."}
  postsDeleted: 1
  commentsDeleted: 0
tags: [scheduled-content, brand-${i % 7}]
---

## ${heads[0]}

${para}

## ${heads[1]}

${para} ${para}
${extra}
- 09:30 ${es ? "sale la publicación" : "post goes out"}
- 10:15 ${es ? "alerta de escucha social" : "listening alert"}
- 11:00 ${es ? "comunicado" : "statement"}

## ${heads[2]}

${para}

## ${heads[3]}

${para}
`;
  return { file: path.join(String(year), `${id}.md`), text };
}

export function writeCorpus(dir, n) {
  for (let i = 0; i < n; i++) {
    const { file, text } = incident(i);
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
