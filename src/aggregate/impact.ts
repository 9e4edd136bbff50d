import type { BreakdownRow, ImpactTotals, IncidentRecord, ResponseTotals } from "../model/index.js";
import { compareText } from "./compare.js";

const whole = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

/** Costs per currency, never added across currencies, in code order. */
function costs(records: readonly IncidentRecord[]): { currency: string; amount: number }[] {
  const sums = new Map<string, number>();
  for (const { incident } of records) {
    const cost = incident.impact?.cost;
    if (!cost || typeof cost.amount !== "number") continue;
    const currency = cost.currency.toUpperCase();
    sums.set(currency, (sums.get(currency) ?? 0) + cost.amount);
  }
  return [...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, amount]) => ({ currency, amount: Math.round(amount * 100) / 100 }));
}

/** The measured harm of some incidents, added up. */
export function impactTotals(records: readonly IncidentRecord[]): ImpactTotals {
  let reach = 0;
  let negativeMentions = 0;
  let customersAffected = 0;
  for (const { incident } of records) {
    reach += whole(incident.impact?.reach);
    negativeMentions += whole(incident.impact?.negativeMentions);
    customersAffected += whole(incident.impact?.customersAffected);
  }
  return { reach, negativeMentions, customersAffected, cost: costs(records) };
}

/** What the team did in public: apologies, posts and comments taken down (and whether it said why), redress. */
export function responseTotals(records: readonly IncidentRecord[]): ResponseTotals {
  const totals: ResponseTotals = { apologies: 0, postsDeleted: 0, commentsDeleted: 0, commentsDeletedWithoutReason: 0, redress: 0 };
  for (const { incident } of records) {
    const r = incident.response;
    if (!r) continue;
    if (r.apology === true) totals.apologies++;
    totals.postsDeleted += whole(r.postsDeleted);
    const comments = whole(r.commentsDeleted);
    totals.commentsDeleted += comments;
    if (comments > 0 && !r.commentsDeletedReason?.trim()) totals.commentsDeletedWithoutReason += comments;
    if (r.redress?.trim()) totals.redress++;
  }
  return totals;
}

/** Harm per brand or per campaign; incidents that name none are left out. Largest reach first. */
export function breakdown(records: readonly IncidentRecord[], key: "brand" | "campaign"): BreakdownRow[] {
  const groups = new Map<string, IncidentRecord[]>();
  for (const r of records) {
    const value = r.incident[key]?.trim();
    if (!value) continue;
    const list = groups.get(value);
    if (list) list.push(r);
    else groups.set(value, [r]);
  }
  return [...groups]
    .map(([name, list]) => ({ key: name, incidents: list.length, ...impactTotals(list) }))
    .sort((a, b) => b.reach - a.reach || b.incidents - a.incidents || compareText(a.key, b.key));
}
