import { describe, expect, it } from 'vitest';
import type { AreaCode } from '../../src/domain';
import { asIndicatorId, ENGLAND } from '../../src/domain';
import { ccgForBorough, ccgMeasureRows } from '../../src/model/ccg-for-borough';
import { makeBorough, makeDataPoint, makeIndicator } from '../factories';

const ccg = (code: string, name: string) => ({ formerCcg: { code, name } });
const city = makeBorough(1, {
  code: 'E09000001' as AreaCode,
  name: 'City of London',
  ...ccg('07T', 'NHS City and Hackney CCG'),
});
const hackney = makeBorough(12, {
  code: 'E09000012' as AreaCode,
  name: 'Hackney',
  ...ccg('07T', 'NHS City and Hackney CCG'),
});
const camden = makeBorough(7, {
  code: 'E09000007' as AreaCode,
  name: 'Camden',
  ...ccg('07R', 'NHS Camden CCG'),
});
const westminster = makeBorough(33, {
  code: 'E09000033' as AreaCode,
  name: 'Westminster',
  ...ccg('09A', 'NHS Central London (Westminster) CCG'),
});
const boroughs = [city, hackney, camden, westminster];
const register = [
  { code: 'E38000027', name: 'NHS Camden CCG', type: 'CCG', region: '' },
  { code: 'E38000035', name: 'NHS City and Hackney CCG', type: 'CCG', region: '' },
];

describe("a borough's former CCG", () => {
  it('is the same area, shared, or split, and says which', () => {
    expect(ccgForBorough(camden, boroughs, register)).toMatchObject({
      codes: ['07R', 'E38000027'],
      relation: 'same-area',
      label: '(CCG, same area)',
    });
    expect(ccgForBorough(hackney, boroughs, register)?.label).toBe(
      '(CCG covering City of London and Hackney together)',
    );
    expect(ccgForBorough(westminster, boroughs, register)?.relation).toBe('split');
    expect(ccgForBorough(makeBorough(2), boroughs, register)).toBeUndefined();
  });

  it("gives each measure's latest value for the CCG with England's and London's", () => {
    const found = ccgForBorough(camden, boroughs, register)!;
    const indicator = makeIndicator({ id: asIndicatorId('qof-smi-ccg'), level: 'ccg' });
    const at = (label: string, code: string, value: number) =>
      makeDataPoint({
        code: code as AreaCode,
        value,
        period: { label, start: `${label.slice(0, 4)}-04-01` },
      });
    const rows = ccgMeasureRows(found, [
      {
        indicator,
        points: [
          at('2018/19', 'E38000027', 1.1),
          at('2019/20', 'E38000027', 1.2),
          at('2019/20', ENGLAND, 0.9),
          at('2019/20', 'E40000003', 1.05),
          at('2020/21', ENGLAND, 0.95),
        ],
      },
    ]);
    expect(rows).toEqual([
      expect.objectContaining({ period: '2019/20', value: 1.2, england: 0.9, london: 1.05 }),
    ]);
  });
});
