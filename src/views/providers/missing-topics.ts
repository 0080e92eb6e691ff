import type { MeasureGroup } from '../../model/measure-topics';

/** The published collections the Atlas reads that this data does not hold. */
const EXPECTED = [
  'NHS Talking Therapies',
  'Mental Health Act',
  'NHS Staff Survey',
  'Hospital mortality (SHMI)',
  'GP registers (QOF), by CCG',
] as const;

export const missingTopics = (groups: readonly MeasureGroup[]): string[] =>
  EXPECTED.filter((topic) => !groups.some((g) => g.topic === topic));
