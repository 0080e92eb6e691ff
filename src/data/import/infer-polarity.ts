import { ENGLAND, type DataPoint, type Polarity } from '../../domain';

export interface InferredPolarity {
  readonly polarity: Polarity;
  /** Why, in words a user can check. */
  readonly reason: string;
}

const JUDGEMENT = /\b(better|worse)\b/i;
const NEUTRAL = /\b(higher|lower)\b/i;

/**
 * The polarity a publisher's comparison column implies. Fingertips writes Better/Worse for
 * indicators with a judgement and Higher/Lower for those without; which way is "better" follows
 * from a value above England called Better (high is good) or Worse (low is good). Undefined when
 * the file has no comparison words, or Better/Worse with no England value to tell the direction.
 */
export function inferPolarity(points: readonly DataPoint[]): InferredPolarity | undefined {
  const worded = points.filter((p) => p.publishedComparison && p.value !== null);
  if (worded.length === 0) return undefined;
  const judged = worded.filter((p) => JUDGEMENT.test(p.publishedComparison ?? ''));
  if (judged.length === 0)
    return worded.some((p) => NEUTRAL.test(p.publishedComparison ?? ''))
      ? {
          polarity: 'no-judgement',
          reason: 'the publisher compares it as Higher/Lower, without a judgement',
        }
      : undefined;

  const england = new Map(
    points
      .filter((p) => p.code === ENGLAND && p.value !== null)
      .map((p) => [`${p.period.label}|${p.sex}|${p.age}`, p.value!]),
  );
  let highIsGood = 0;
  let lowIsGood = 0;
  for (const p of judged) {
    const benchmark = england.get(`${p.period.label}|${p.sex}|${p.age}`);
    if (benchmark === undefined || p.value === benchmark) continue;
    const better = /better/i.test(p.publishedComparison ?? '');
    if (p.value! > benchmark === better) highIsGood++;
    else lowIsGood++;
  }
  if (highIsGood === 0 && lowIsGood === 0) return undefined;
  const polarity: Polarity = highIsGood >= lowIsGood ? 'high-is-good' : 'low-is-good';
  return {
    polarity,
    reason: `the publisher calls ${polarity === 'high-is-good' ? 'values above England better' : 'values below England better'} (${Math.max(highIsGood, lowIsGood)} of ${highIsGood + lowIsGood} rows)`,
  };
}
