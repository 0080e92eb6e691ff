import { LONDON, type DataPoint, type Indicator } from '../domain';

/** The London NHS region's code in NHS files (QOF by CCG publishes a London row under it). */
export const LONDON_NHS_REGION = 'E40000003';

/**
 * A row for England, an ONS region (E12) or an NHS region (E40) in an organisation file: a
 * benchmark, never an organisation to place on a funnel or offer in a picker.
 */
export const isAggregateCode = (code: string): boolean => /^E(92|12|40)\d{6}$/.test(code);

export interface LondonReference {
  readonly value: number;
  readonly label: string;
  /** Whether the publisher gave it, or the Atlas pooled it from published counts. */
  readonly published: boolean;
}

/**
 * London's value for a provider measure in one period: the publisher's London row where there
 * is one; otherwise, for proportions, London's organisations pooled (Σ numerator ÷ Σ
 * denominator of the published, rounded counts), labelled as computed; otherwise none.
 */
export function londonReference(
  indicator: Indicator,
  inPeriod: readonly DataPoint[],
  londonUnits: readonly { readonly code: string }[],
): LondonReference | undefined {
  const row = inPeriod.find(
    (p) => (p.code === LONDON || p.code === LONDON_NHS_REGION) && p.value !== null,
  );
  if (row?.value != null) return { value: row.value, label: 'London', published: true };
  if (indicator.valueType !== 'proportion' || indicator.ciMethod !== 'wilson') return undefined;
  const codes = new Set(londonUnits.map((u) => u.code));
  const mine = inPeriod.filter(
    (p) =>
      codes.has(p.code) && p.value !== null && p.count !== undefined && (p.denominator ?? 0) > 0,
  );
  if (mine.length < 2) return undefined;
  const num = mine.reduce((s, p) => s + (p.count ?? 0), 0);
  const den = mine.reduce((s, p) => s + (p.denominator ?? 0), 0);
  return {
    value: (num / den) * indicator.multiplier,
    label: `London organisations pooled (computed from ${mine.length} organisations' published counts)`,
    published: false,
  };
}
