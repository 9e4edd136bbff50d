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

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
