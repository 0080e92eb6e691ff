import { describe, expect, it } from 'vitest';
import { INVALID, MISSING, readNumber } from '../../src/data/parse-cell';

describe('readNumber', () => {
  it.each([
    ['32.768000000000001', 32.768],
    ['3.6400000000000002E-2', 0.0364],
    ['7', 7],
    ['-1.5', -1.5],
    ['.5', 0.5],
    ['5.', 5],
    ['+2e3', 2000],
  ])('reads %s as a number', (text, value) => {
    expect(readNumber(text)).toBeCloseTo(value, 12);
  });

  it.each(['', '*', 'NA', 'na', '.', 'x', 'u', '-', '..'])('treats %j as missing', (text) => {
    expect(readNumber(text)).toBe(MISSING);
  });

  it.each(['12 %', '1,234', 'twelve', '1e', 'Infinity', '0x10', '0b11', '0o7', 'NaN', '1e999'])(
    'rejects %s as not a number',
    (text) => {
      expect(readNumber(text)).toBe(INVALID);
    },
  );
});
