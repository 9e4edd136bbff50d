/**
 * The words a reader sees for the format's fixed values, and the names of months, per language. The
 * files keep the format's own names (`high`, `targeting`); pages and reports show these. A value the
 * configuration added (a custom cause, a channel not listed here) is shown as written.
 */
type Lang = "en" | "es";
export type EnumKind = "severity" | "status" | "cause" | "channel" | "detectionSource" | "actionStatus" | "measure";

const EN: Record<EnumKind, Record<string, string>> = {
  severity: { critical: "Critical", high: "High", medium: "Medium", low: "Low" },
  status: { draft: "Draft", review: "In review", final: "Final" },
  cause: {
    concept: "Concept",
    copy: "Copy",
    creative: "Creative",
    targeting: "Targeting",
    timing: "Timing",
    pricing: "Pricing",
    measurement: "Measurement",
    "community-management": "Community management",
    "customer-service": "Customer service",
    influencer: "Influencer",
    partner: "Partner",
    platform: "Platform",
    compliance: "Compliance",
    external: "External",
  },
  channel: {
    instagram: "Instagram",
    x: "X",
    facebook: "Facebook",
    tiktok: "TikTok",
    youtube: "YouTube",
    linkedin: "LinkedIn",
    email: "Email",
    sms: "SMS",
    web: "Web",
    app: "App",
    press: "Press",
    tv: "TV",
    radio: "Radio",
    "out-of-home": "Out-of-home",
    "in-store": "In store",
  },
  detectionSource: {
    "social-listening": "Social listening",
    "customer-complaint": "Customer complaint",
    internal: "The team itself",
    press: "Press",
    partner: "A partner",
    other: "Other",
  },
  actionStatus: { open: "Open", doing: "In progress", done: "Done" },
  measure: { detect: "Time to detect", respond: "Time to respond", resolve: "Time to resolve" },
};

const ES: Record<EnumKind, Record<string, string>> = {
  severity: { critical: "Crítica", high: "Alta", medium: "Media", low: "Baja" },
  status: { draft: "Borrador", review: "En revisión", final: "Definitivo" },
  cause: {
    concept: "Concepto",
    copy: "Redacción",
    creative: "Creatividad",
    targeting: "Segmentación",
    timing: "Momento de publicación",
    pricing: "Precios y descuentos",
    measurement: "Medición",
    "community-management": "Gestión de comunidad",
    "customer-service": "Atención al cliente",
    influencer: "Influencers",
    partner: "Agencia o proveedor",
    platform: "Fallo de plataforma",
    compliance: "Cumplimiento normativo",
    external: "Causa externa",
  },
  channel: {
    instagram: "Instagram",
    x: "X",
    facebook: "Facebook",
    tiktok: "TikTok",
    youtube: "YouTube",
    linkedin: "LinkedIn",
    email: "Correo electrónico",
    sms: "SMS",
    web: "Sitio web",
    app: "Aplicación",
    press: "Prensa",
    tv: "Televisión",
    radio: "Radio",
    "out-of-home": "Publicidad exterior",
    "in-store": "En tienda",
  },
  detectionSource: {
    "social-listening": "Escucha social",
    "customer-complaint": "Queja de un cliente",
    internal: "El propio equipo",
    press: "Prensa",
    partner: "Un socio",
    other: "Otra vía",
  },
  actionStatus: { open: "Abierta", doing: "En curso", done: "Cumplida" },
  measure: { detect: "Tiempo de detección", respond: "Tiempo de respuesta", resolve: "Tiempo de resolución" },
};

const TABLES: Record<Lang, Record<EnumKind, Record<string, string>>> = { en: EN, es: ES };

/** The reader's word for a fixed value; a value the configuration added is shown as written. */
export function enumLabel(lang: Lang, kind: EnumKind, value: string): string {
  return TABLES[lang][kind][value] ?? value;
}

/** The English words of the tables that Spanish says differently, for tests that check a Spanish page has none. */
export function englishOnlyWords(): string[] {
  return (Object.keys(EN) as EnumKind[]).flatMap((kind) =>
    Object.entries(EN[kind])
      .filter(([value, word]) => ES[kind][value] !== word)
      .map(([, word]) => word),
  );
}

export const MONTHS_SHORT: Record<Lang, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  es: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
};

// Building a formatter costs far more than using one: pages format thousands of numbers. Its options
// are made only the first time a language asks for it by that name.
const formatters: Record<Lang, Map<string, Intl.NumberFormat>> = { en: new Map(), es: new Map() };
function formatter(lang: Lang, name: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  const known = formatters[lang];
  let f = known.get(name);
  if (!f) known.set(name, (f = new Intl.NumberFormat(lang, options())));
  return f;
}
const NUMBER = (): Intl.NumberFormatOptions => ({ maximumFractionDigits: 2 });
const CHANGE = (): Intl.NumberFormatOptions => ({ maximumFractionDigits: 2, signDisplay: "always" });

/** Numbers with a fraction written so far, per language: a sentiment of 0.4 appears on thousands of pages. */
const FRACTIONS_KEPT = 10_000;
const fractions: Record<Lang, Map<number, string>> = { en: new Map(), es: new Map() };

/**
 * A whole number of zero or more, grouped by thousands as the language does (`Intl` gives the same,
 * at many times the cost: a site formats a number for every figure of every incident).
 */
function wholeNumber(lang: Lang, value: number): string {
  const digits = String(value);
  // Spanish groups from five digits: 1234, but 12.345.
  if (digits.length < (lang === "es" ? 5 : 4)) return digits;
  const separator = lang === "es" ? "." : ",";
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let at = out.length; at < digits.length; at += 3) out += separator + digits.slice(at, at + 3);
  return out;
}

/** A number as the language writes it: `52,000` / `52.000` (Spanish groups from five digits). */
export function formatNumber(lang: Lang, value: number): string {
  if (Number.isSafeInteger(value) && (value > 0 || Object.is(value, 0))) return wholeNumber(lang, value);
  // Only -0 of the zeros gets here (+0 is a whole number, above): a map takes -0 and +0 for one key.
  const known = fractions[lang];
  let text = known.get(value);
  if (text === undefined) {
    if (known.size >= FRACTIONS_KEPT) known.clear();
    known.set(value, (text = formatter(lang, "number", NUMBER).format(value)));
  }
  return text;
}

/** A change as the language writes it, always with its sign: `+2,140`, `−5.345`, `±0`. */
export function formatChange(lang: Lang, value: number): string {
  if (value === 0) return "±0";
  return formatter(lang, "change", CHANGE).format(value);
}

/**
 * An amount with its currency, as the language writes it (cents only when there are some); an unknown
 * code is written beside the number. `signed` writes `+` before a gain, for a change.
 */
export function formatMoney(lang: Lang, amount: number, currency: string, signed = false): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  try {
    const options = (): Intl.NumberFormatOptions => ({
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: 2,
      signDisplay: signed ? "exceptZero" : "auto",
    });
    return formatter(lang, `${currency} ${digits} ${signed}`, options).format(amount);
  } catch {
    return `${signed ? formatChange(lang, amount) : formatNumber(lang, amount)} ${currency}`;
  }
}
