/**
 * Phrases that put the cause on a person instead of on a process, in English and Spanish. A blameless
 * post-mortem asks what let the mistake through, so that people keep reporting their own.
 */
export const BLAME_PHRASES: readonly string[] = [
  "human error",
  "fault of",
  "his fault",
  "her fault",
  "their fault",
  "to blame",
  "blame on",
  "blamed",
  "careless",
  "carelessness",
  "negligence",
  "negligent",
  "incompetent",
  "incompetence",
  "should have known",
  "failed to pay attention",
  "error humano",
  "culpa de",
  "por culpa",
  "la culpa",
  "culpable",
  "negligencia",
  "negligente",
  "descuido de",
  "incompetencia",
  "incompetente",
  "no presto atencion",
];
/** A negation shortly before a phrase makes it blameless: "nobody is to blame", "no fue culpa de nadie". */
export const NEGATION = /(?:^|[^\p{L}])(?:no|not|nobody|no one|never|nadie|ningun[oa]?|sin|nunca)(?:[^\p{L}][^.;:!?]{0,20})?$/u;
