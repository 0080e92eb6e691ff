import type { ParityPair } from '../../src/data/catalogue';

/**
 * Suggested mental ↔ physical health pairs for the parity view (product brief, view 4), written
 * into the catalogue; the view offers those whose two indicators are both in the data.
 */
const PAIRS = [
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

export const PARITY_PAIRS: readonly ParityPair[] = PAIRS.map(([mental, physical, label]) => ({
  mental,
  physical,
  label,
}));
