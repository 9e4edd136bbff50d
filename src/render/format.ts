/** `45 min`, `2 h 30 min`, `3 d 4 h`: a duration in minutes as a reader scans it. */
export function duration(minutes: number | null): string {
  if (minutes === null) return "—";
  const sign = minutes < 0 ? "-" : "";
  let m = Math.abs(minutes);
  const days = Math.floor(m / 1440);
  m -= days * 1440;
  const hours = Math.floor(m / 60);
  m -= hours * 60;
  if (days > 0) return `${sign}${days} d${hours ? ` ${hours} h` : ""}`;
  if (hours > 0) return `${sign}${hours} h${m ? ` ${m} min` : ""}`;
  return `${sign}${m} min`;
}

export function durationChange(now: number | null, before: number | null): string {
  if (now === null || before === null) return "—";
  const diff = now - before;
  return diff === 0 ? "±0" : `${diff > 0 ? "+" : ""}${duration(diff)}`;
}
