/** A complete, valid incident to start fixtures from; `overrides` replaces whole front-matter lines by key. */
export function validIncident(id = "2026-03-14-promo-code-at-90-percent", frontMatterExtra = "", body?: string): string {
  return `---
id: ${id}
title: "Promo code published at 90% instead of 9%"
status: final
severity: high
started: 2026-03-14T09:30:00-05:00
detected: 2026-03-14T11:00:00-05:00
responded: 2026-03-14T12:15:00-05:00
resolved: 2026-03-15
channels: [email, web]
owner: Marta Gil
detection:
  source: customer-complaint
cause:
  category: pricing
  summary: The discount field accepted 90 where 9 was meant and no second check existed.
  factors: [promo-code-not-peer-reviewed]
timeline:
  - at: 2026-03-14T09:30:00-05:00
    event: Newsletter sent with code SPRING90
  - at: 2026-03-14T11:00:00-05:00
    event: First customer asks whether the code is real
lessons:
  - lesson: Every promo code is checked by a second person before it goes live.
    actions:
      - task: Add a four-eyes step to the code set-up checklist
        owner: Luis Pardo
        due: 2026-04-30
        status: done
        done: 2026-04-20
${frontMatterExtra}---
${
  body ??
  `
## Summary

A newsletter offered 90% off instead of 9% for two hours.

## What happened

The code went out at 09:30 and was disabled at 11:30.

## Root cause

The discount field had no upper bound and no review step.

## Lessons learned

Codes get a second pair of eyes.
`
}`;
}
