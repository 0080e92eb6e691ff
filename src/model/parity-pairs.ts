/**
 * Suggested mental ↔ physical health pairs (product brief, view 4; issue "Parity view"): shown
 * where both indicators are in the data on screen. Any two borough indicators may be chosen.
 */
export const PARITY_PAIRS = [
  ['fingertips-91096', 'fingertips-93722', 'SMI excess mortality ↔ preventable CVD mortality'],
  ['fingertips-91096', 'fingertips-40502', 'SMI excess mortality ↔ preventable cancer mortality'],
  ['fingertips-848', 'gla-diabetes-17plus', 'Depression prevalence ↔ diabetes prevalence'],
  [
    'ons-wellbeing-life-satisfaction',
    'fingertips-90362',
    'Life satisfaction ↔ healthy life expectancy',
  ],
  ['ons-wellbeing-anxiety', 'fingertips-90362', 'Anxiety ↔ healthy life expectancy'],
  ['fingertips-21001', 'fingertips-93722', 'Self-harm admissions ↔ preventable CVD mortality'],
  ['fingertips-41001', 'fingertips-93722', 'Suicide rate ↔ preventable CVD mortality'],
] as const;

export interface ParityPair {
  readonly mental: string;
  readonly physical: string;
  readonly label: string;
}

/** The suggested pairs whose two indicators are both available. */
export const availablePairs = (ids: ReadonlySet<string>): ParityPair[] =>
  PARITY_PAIRS.filter(([m, p]) => ids.has(m) && ids.has(p)).map(([mental, physical, label]) => ({
    mental,
    physical,
    label,
  }));
