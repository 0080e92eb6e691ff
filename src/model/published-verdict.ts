import type { OutcomeKind } from '../domain';

export type VerdictKind = Extract<OutcomeKind, 'better' | 'similar' | 'worse' | 'higher' | 'lower'>;

/**
 * The verdict a publisher's comparison wording states: Fingertips writes "Better", "Similar",
 * "Worse", or "Higher"/"Lower" for indicators without a judgement, sometimes with the level
 * ("Lower 99.8", "Better 95"). Undefined for "Not compared", quintile wording and blanks.
 */
export function publishedVerdict(text: string | undefined): VerdictKind | undefined {
  const word = /^(better|similar|worse|higher|lower|same)\b/i
    .exec(text?.trim() ?? '')?.[1]
    ?.toLowerCase();
  if (!word) return undefined;
  return word === 'same' ? 'similar' : (word as VerdictKind);
}
