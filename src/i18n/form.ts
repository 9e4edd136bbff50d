import type { Language } from "./language.js";

/**
 * The words of the GitHub issue form that `lessonbook init` writes, per language. The field ids are the
 * incident's own names; `new --from-issue` reads a submitted form back through these same labels, in
 * either language, so a label changed here is still recognised in bodies written with the new words only.
 * Option labels never contain ", ": GitHub joins the choices of a multiple dropdown with it.
 */
export interface FieldWords {
  label: string;
  description: string;
  placeholder?: string;
}

export interface FormWords {
  name: string;
  description: string;
  intro: string;
  fields: Record<FormFieldId, FieldWords>;
  /** Option labels by the format's value. */
  severity: Record<string, string>;
  category: Record<string, string>;
  channels: Record<string, string>;
  source: Record<string, string>;
}

export type FormFieldId =
  "started" | "detected" | "severity" | "category" | "channels" | "owner" | "source" | "summary" | "what-happened" | "response" | "lessons";

const EN: FormWords = {
  name: "Incident post-mortem",
  description: "Something went wrong in a campaign or on social media: tell the team what happened while it is fresh.",
  intro: [
    "Thank you for writing this down while it is fresh. Answer what you know; the team completes the rest in the pull request.",
    "",
    "Put the incident in a few words in the **title** above (for example: *Promo code published at 90% instead of 9%*).",
    "This is a blameless review: describe what failed (a process, a tool, a missing check), not who.",
  ].join("\n"),
  fields: {
    started: {
      label: "When it started",
      description:
        "When the post, ad, email or campaign went live, or the problem began. Year first, then the time and the offset from UTC: 2026-03-14 09:30 -05:00 (Bogotá) or 2026-03-14 15:30 +01:00 (Madrid). Only the day is fine too: 2026-03-14. (14/03/2026 works; 03/04/2026 could be two days, so it is not read.)",
      placeholder: "2026-03-14 09:30 -05:00",
    },
    detected: {
      label: "When the team noticed",
      description: "Same format, year first: 2026-03-14 11:00 -05:00, or only the day.",
      placeholder: "2026-03-14 11:00 -05:00",
    },
    severity: { label: "Severity", description: "How much harm it did to the brand, to customers or to sales." },
    category: { label: "Kind of error", description: "Where it went wrong first. If several apply, choose the one that started it." },
    channels: { label: "Channels", description: "Where it played out. Choose every channel that applies." },
    owner: { label: "Owner", description: "The one person who managed the incident.", placeholder: "Marta Gil" },
    source: { label: "How it was noticed", description: "Who or what raised the alarm first." },
    summary: {
      label: "What caused it",
      description: "One paragraph: what let this happen. A process, a tool or a check that was missing, not a person.",
    },
    "what-happened": {
      label: "What happened",
      description: "The story in order: what was published, how the audience reacted, what the team did and when.",
    },
    response: {
      label: "First public response",
      description: "The first statement, reply or post, and anything taken down (and why).",
    },
    lessons: {
      label: "Lessons",
      description: "What should change from now on. One per line; name who will do it and by when if you know.",
    },
  },
  severity: {
    critical: "Critical: lasting harm to the brand or to customers",
    high: "High: serious harm that took days to repair",
    medium: "Medium: noticed by the audience and fixed quickly",
    low: "Low: little harm and few people saw it",
  },
  category: {
    concept: "Concept: the idea or the message was misjudged",
    copy: "Copy: wording or tone or a typo",
    creative: "Creative: an image or video or other asset",
    targeting: "Targeting: the wrong audience or segment",
    timing: "Timing: published at the wrong moment",
    pricing: "Pricing: a price or discount or promo code",
    measurement: "Measurement: tracking or analytics or reporting",
    "community-management": "Community management: how we replied to the audience",
    "customer-service": "Customer service: complaints left unresolved",
    influencer: "Influencer or creator",
    partner: "Partner: an agency or vendor or other third party",
    platform: "Platform: a technical or ad-platform failure",
    compliance: "Compliance: legal or regulatory or disclosure",
    external: "External: trolls or a coordinated attack or outside events",
  },
  channels: {
    instagram: "Instagram",
    x: "X (Twitter)",
    facebook: "Facebook",
    tiktok: "TikTok",
    youtube: "YouTube",
    linkedin: "LinkedIn",
    email: "Email or newsletter",
    sms: "SMS",
    web: "Website or online store",
    app: "Mobile app",
    press: "Press",
    tv: "TV",
    radio: "Radio",
    "out-of-home": "Outdoor advertising",
    "in-store": "In store",
    other: "Other (say which in What happened)",
  },
  source: {
    "social-listening": "Social listening",
    "customer-complaint": "A customer complaint",
    internal: "Someone on the team",
    press: "The press",
    partner: "A partner or agency",
    other: "Other",
  },
};

const ES: FormWords = {
  name: "Post-mortem de un incidente",
  description: "Algo salió mal en una campaña o en redes: cuéntale al equipo qué pasó mientras está reciente.",
  intro: [
    "Gracias por escribirlo mientras está reciente. Responde lo que sepas; el equipo completa el resto en la pull request.",
    "",
    "Resume el incidente en pocas palabras en el **título** de arriba (por ejemplo: *Código promocional publicado al 90 % en lugar del 9 %*).",
    "Es una revisión sin culpables: describe qué falló (un proceso, una herramienta, un control que faltó), no quién.",
  ].join("\n"),
  fields: {
    started: {
      label: "Cuándo empezó",
      description:
        "Cuándo salió la publicación, el anuncio, el email o la campaña, o empezó el problema. Primero el año, luego la hora y la diferencia horaria respecto de UTC: 2026-03-14 09:30 -05:00 (Bogotá) o 2026-03-14 15:30 +01:00 (Madrid). También vale solo el día: 2026-03-14. (14/03/2026 se entiende; 03/04/2026 puede ser dos días distintos, así que no se lee.)",
      placeholder: "2026-03-14 09:30 -05:00",
    },
    detected: {
      label: "Cuándo lo notó el equipo",
      description: "El mismo formato, con el año primero: 2026-03-14 11:00 -05:00, o solo el día.",
      placeholder: "2026-03-14 11:00 -05:00",
    },
    severity: { label: "Severidad", description: "Cuánto daño hizo a la marca, a los clientes o a las ventas." },
    category: { label: "Tipo de error", description: "Dónde falló primero. Si hay varios, elige el que lo desencadenó." },
    channels: { label: "Canales", description: "Dónde ocurrió. Elige todos los canales que correspondan." },
    owner: { label: "Responsable", description: "La persona que gestionó el incidente.", placeholder: "Marta Gil" },
    source: { label: "Cómo se detectó", description: "Quién o qué dio la primera alarma." },
    summary: {
      label: "Qué lo causó",
      description: "Un párrafo: qué permitió que pasara. Un proceso, una herramienta o un control que faltó, no una persona.",
    },
    "what-happened": {
      label: "Qué pasó",
      description: "La historia en orden: qué se publicó, cómo reaccionó la audiencia, qué hizo el equipo y cuándo.",
    },
    response: {
      label: "Primera respuesta pública",
      description: "El primer comunicado, respuesta o publicación, y lo que se retiró (y por qué).",
    },
    lessons: {
      label: "Lecciones",
      description: "Qué debe cambiar desde ahora. Una por línea; di quién lo hará y para cuándo si lo sabes.",
    },
  },
  severity: {
    critical: "Crítica: daño duradero a la marca o a los clientes",
    high: "Alta: daño serio que tomó días reparar",
    medium: "Media: la audiencia lo notó y se corrigió rápido",
    low: "Baja: poco daño y poca gente lo vio",
  },
  category: {
    concept: "Concepto: la idea o el mensaje se juzgó mal",
    copy: "Texto: redacción o tono o una errata",
    creative: "Creatividad: una imagen o un vídeo u otra pieza",
    targeting: "Segmentación: el público o el segmento equivocado",
    timing: "Momento: publicado en mal momento",
    pricing: "Precio: un precio o descuento o código promocional",
    measurement: "Medición: seguimiento o analítica o informes",
    "community-management": "Gestión de comunidad: cómo respondimos a la audiencia",
    "customer-service": "Atención al cliente: quejas sin resolver",
    influencer: "Influencer o creador de contenido",
    partner: "Socio: una agencia o proveedor u otro tercero",
    platform: "Plataforma: un fallo técnico o de la plataforma de anuncios",
    compliance: "Cumplimiento: legal o normativo o de transparencia publicitaria",
    external: "Externo: trolls o un ataque coordinado o hechos ajenos",
  },
  channels: {
    instagram: "Instagram",
    x: "X (Twitter)",
    facebook: "Facebook",
    tiktok: "TikTok",
    youtube: "YouTube",
    linkedin: "LinkedIn",
    email: "Email o newsletter",
    sms: "SMS",
    web: "Sitio web o tienda online",
    app: "App móvil",
    press: "Prensa",
    tv: "Televisión",
    radio: "Radio",
    "out-of-home": "Publicidad exterior",
    "in-store": "En tienda",
    other: "Otro (di cuál en Qué pasó)",
  },
  source: {
    "social-listening": "Escucha social",
    "customer-complaint": "La queja de un cliente",
    internal: "Alguien del equipo",
    press: "La prensa",
    partner: "Un socio o una agencia",
    other: "Otro",
  },
};

export const FORM_WORDS: Readonly<Record<Language, FormWords>> = { en: EN, es: ES };
