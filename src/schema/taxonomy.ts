/** The fixed vocabularies of the spec. The configuration may extend causes and restrict channels. */
export const STATUSES = ["draft", "review", "final"] as const;
export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export const DETECTION_SOURCES = ["social-listening", "customer-complaint", "internal", "press", "partner", "other"] as const;
export const ACTION_STATUSES = ["open", "doing", "done"] as const;

export const DEFAULT_CAUSES = [
  "concept",
  "copy",
  "creative",
  "targeting",
  "timing",
  "pricing",
  "measurement",
  "community-management",
  "customer-service",
  "influencer",
  "partner",
  "platform",
  "compliance",
  "external",
] as const;

/** The channels the spec names; the list is open unless the configuration restricts it. */
export const KNOWN_CHANNELS = [
  "instagram",
  "x",
  "facebook",
  "tiktok",
  "youtube",
  "linkedin",
  "email",
  "sms",
  "web",
  "app",
  "press",
  "tv",
  "radio",
  "out-of-home",
  "in-store",
] as const;

/** Ids name files and pages; past this length some file systems refuse the names built from them. */
export const MAX_ID_LENGTH = 120;

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
