import { describe, expect, it } from 'vitest';
import { addPeriods } from '../../src/data/user-files/add-periods';
import { asIndicatorId } from '../../src/domain';
import { makeDataPoint } from '../factories';

// Synthetic points: one published period, and files that label the same years differently.
const into = asIndicatorId('synthetic-indicator');
const span = (label: string, start: string, end: string) => ({ label, start, end });
const published = [
  makeDataPoint({ value: 30.2, period: span('2022 - 24', '2022-01-01', '2024-12-31') }),
];

describe('addPeriods', () => {
  it('never adds a period the published data has under another label ("2022-24" beside "2022 - 24")', () => {
    const file = [
      makeDataPoint({ value: 99.9, period: span('2022-24', '2022-01-01', '2024-12-31') }),
    ];
    expect(addPeriods(published, [{ fileName: 'mine.csv', points: file }], into)).toBe(published);
  });

  it('adds a new span once labelled, whatever label each file gives it', () => {
    const a = [makeDataPoint({ value: 1, period: span('2023 - 25', '2023-01-01', '2025-12-31') })];
    const b = [makeDataPoint({ value: 1, period: span('2023-25', '2023-01-01', '2025-12-31') })];
    const merged = addPeriods(
      published,
      [
        { fileName: 'a.csv', points: a },
        { fileName: 'b.csv', points: b },
      ],
      into,
    );
    expect([...new Set(merged.map((p) => p.period.label))]).toEqual(['2022 - 24', '2023 - 25']);
    expect(merged.at(-1)?.note).toBe('From your file b.csv');
  });
});
