import type { AreaComparison, Indicator, Period } from '../../domain';
import {
  percentile,
  potentialGain,
  variationSummary,
  type NotComputable,
  type PotentialGain,
  type VariationSummary,
} from '../../stats';

export interface VariationPanel {
  readonly summary: VariationSummary | NotComputable;
  /** How many boroughs fall in each comparison, e.g. { better: 3, similar: 25, worse: 4 }. */
  readonly counts: Readonly<Record<string, number>>;
}

interface SelectedGap {
  readonly name: string;
  readonly value: number | null;
  /** Distance to the best-quartile value in the worse direction; 0 when at or better. */
  readonly gap?: number;
  readonly gain?: PotentialGain | NotComputable;
}

export type GoodPractice =
  | { readonly kind: 'no-judgement' }
  | { readonly kind: 'too-few-values' }
  | {
      readonly kind: 'judged';
      /** The best-quartile value: the 25th percentile when low is good, the 75th when high is good. */
      readonly threshold: number;
      readonly direction: 'or lower' | 'or higher';
      readonly values: number;
      readonly significantlyBetter: readonly string[];
      readonly selected: readonly SelectedGap[];
    };

/** Years a period covers (rounded), for gains per year from pooled periods; 1 when undated. */
export function periodYears(period: Period | undefined): number {
  if (!period?.start || !period.end) return 1;
  const days = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000 + 1;
  return Math.max(1, Math.round(days / 365.25));
}

const TRIM = 2;

/** Range, fold difference (also without the 2 highest and lowest), IQR, CV and comparison counts. */
export function buildVariationPanel(rows: readonly AreaComparison[]): VariationPanel {
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.outcome.kind] = (counts[r.outcome.kind] ?? 0) + 1;
  return { summary: variationSummary(values, TRIM), counts };
}

/**
 * What good looks like (methods.md): the best-quartile value, the boroughs significantly better
 * than the benchmark, and for each selected borough its gap to the best quartile and the
 * potential gain per year where counts and denominators exist. Never for no-judgement indicators.
 */
export function buildGoodPractice(
  indicator: Indicator,
  rows: readonly AreaComparison[],
  period: Period | undefined,
): GoodPractice {
  if (indicator.polarity === 'no-judgement') return { kind: 'no-judgement' };
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  if (values.length < 4) return { kind: 'too-few-values' };
  const lowIsGood = indicator.polarity === 'low-is-good';
  const threshold = percentile(values, lowIsGood ? 0.25 : 0.75);
  const years = periodYears(period);
  const selected = rows
    .filter((r) => r.selected)
    .map((r): SelectedGap => {
      if (r.value === null) return { name: r.name, value: null };
      const gap = Math.max(0, lowIsGood ? r.value - threshold : threshold - r.value);
      const gain =
        r.denominator !== undefined
          ? potentialGain(
              {
                value: r.value,
                denominator: r.denominator,
                lower: r.interval?.lower,
                upper: r.interval?.upper,
              },
              threshold,
              indicator.polarity,
              years,
              indicator.multiplier,
            )
          : undefined;
      return { name: r.name, value: r.value, gap, ...(gain && { gain }) };
    });
  return {
    kind: 'judged',
    threshold,
    direction: lowIsGood ? 'or lower' : 'or higher',
    values: values.length,
    significantlyBetter: rows.filter((r) => r.outcome.kind === 'better').map((r) => r.name),
    selected,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The comparison counts as a sentence that reads right for none, one and all: "Better 3,
 * similar 25, worse 4 (of 32 compared); 1 borough not compared", or "None compared: no
 * confidence intervals for any of the 33 boroughs".
 */
export function describeComparisonCounts(counts: Readonly<Record<string, number>>): string {
  const order = ['better', 'similar', 'worse', 'higher', 'lower'] as const;
  const compared = order.reduce((n, k) => n + (counts[k] ?? 0), 0);
  const notCompared = counts['not-compared'] ?? 0;
  if (compared === 0)
    return notCompared === 0
      ? 'No boroughs to compare'
      : `None compared: no confidence intervals for ${notCompared === 1 ? 'the 1 borough' : `any of the ${notCompared} boroughs`}`;
  const parts = order
    .filter((k) => counts[k])
    .map((k, i) => `${i === 0 ? k[0]!.toUpperCase() + k.slice(1) : k} ${counts[k]}`);
  return `${parts.join(', ')} (of ${plural(compared, 'borough')} compared)${notCompared ? `; ${plural(notCompared, 'borough')} not compared` : ''}`;
}
