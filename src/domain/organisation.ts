/**
 * An organisation as a published provider-measure file names it: an NHS trust, a Talking
 * Therapies service, an independent provider, an ICB or a CCG. England's providers are the
 * benchmark population of a funnel plot, so the Atlas keeps every one a file names, with the
 * NHS region the file gives (blank where the publisher left it blank: never guessed).
 */
export interface Organisation {
  /** ODS code as published (e.g. RV5, TAF88, QMF, 07L). */
  readonly code: string;
  readonly name: string;
  /** The publisher's organisation type, e.g. "NHS Talking Therapies provider", "CCG". */
  readonly type: string;
  /** NHS region as the file states it, e.g. "London"; empty when not stated. */
  readonly region: string;
}

export const isLondonRegion = (region: string): boolean => /^london$/i.test(region.trim());
