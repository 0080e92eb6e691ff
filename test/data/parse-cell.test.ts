import { describe, expect, it } from 'vitest';
import { parseNumberCell } from '../../src/data/parse-cell';

describe('parseNumberCell', () => {
  it.each([
    ['32.768000000000001', 32.768],
    ['3.6400000000000002E-2', 0.0364],
    [' 7 ', 7],
    ['-1.5', -1.5],
    ['.5', 0.5],
  ])('reads %s as a number', (text, value) => {
    const cell = parseNumberCell(text);
    expect(cell.kind).toBe('number');
    expect(cell.kind === 'number' && cell.value).toBeCloseTo(value, 12);
  });

  it.each(['', '   ', undefined])('treats %j as missing without a marker', (text) => {
    expect(parseNumberCell(text)).toEqual({ kind: 'missing' });
  });

  it.each(['*', 'NA', 'na', '.', 'x', 'u'])('treats the publisher marker %s as missing and keeps it', (text) => {
    expect(parseNumberCell(text)).toEqual({ kind: 'missing', marker: text });
  });

  it.each(['12 %', '1,234', 'twelve', '1e', 'Infinity', '0x10'])('rejects %s as not a number', (text) => {
    expect(parseNumberCell(text)).toEqual({ kind: 'invalid', text });
  });
});
