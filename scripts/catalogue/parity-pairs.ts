import type { ParityPair } from '../../src/data/catalogue';

/**
 * Suggested mental ↔ physical health pairs for the parity view (product brief, view 4), written
 * into the catalogue; the view offers those whose two indicators are both in the data.
 */
const PAIRS = [
  // Same-period pairs first: the newest figures on both sides.
  ['fingertips-848', 'fingertips-219', 'Depression prevalence ↔ hypertension prevalence'],
  ['fingertips-90581', 'fingertips-219', 'SMI prevalence ↔ hypertension prevalence'],
  ['fingertips-41001', 'fingertips-93722', 'Suicide rate ↔ preventable CVD mortality'],
  ['fingertips-93582', 'fingertips-93722', 'SMI excess mortality ↔ preventable CVD mortality'],
  ['fingertips-848', 'gla-diabetes-17plus', 'Depression prevalence ↔ diabetes prevalence'],
  [
    'ons-wellbeing-life-satisfaction',
    'fingertips-90362',
    'Life satisfaction ↔ healthy life expectancy',
  ],
  ['ons-wellbeing-anxiety', 'fingertips-90362', 'Anxiety ↔ healthy life expectancy'],
  ['fingertips-21001', 'fingertips-93722', 'Self-harm admissions ↔ preventable CVD mortality'],
] as const;

export const PARITY_PAIRS: readonly ParityPair[] = PAIRS.map(([mental, physical, label]) => ({
  mental,
  physical,
  label,
}));
