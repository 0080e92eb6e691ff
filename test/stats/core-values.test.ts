import { describe, expect, it } from 'vitest';
import {
  byarLimits,
  dobsonInterval,
  exactPoissonLimits,
  funnelLimits,
  funnelSignificance,
  meanInterval,
  poissonInterval,
  rateInterval,
  ratioInterval,
  wilsonInterval,
} from '../../src/stats';

/**
 * A handful of PHEindicatormethods v2.1.0 reference values (tests/testthat data, copied with
 * their source so the core checks also run on a clone without ../shared).
 */
describe('core statistics against copied reference values', () => {
  it('Wilson 65/100 at 95% (testdata_B_W)', () => {
    const { lower, upper } = wilsonInterval(65, 100);
    expect(lower).toBeCloseTo(0.5525444329688797, 12);
    expect(upper).toBeCloseTo(0.7363575175690247, 12);
  });

  it('Wilson 1045/5000 at 99.8% (testdata_B_W)', () => {
    const { lower, upper } = wilsonInterval(1045, 5000, 0.998);
    expect(lower).toBeCloseTo(0.19179381799015244, 12);
    expect(upper).toBeCloseTo(0.22731562902525818, 12);
  });

  it("Byar's limits for 1045 events at 95% (testdata_B_W)", () => {
    const { lower, upper } = byarLimits(1045);
    expect(lower).toBeCloseTo(982.5932018073325, 9);
    expect(upper).toBeCloseTo(1110.33121298565, 9);
  });

  it('exact Poisson for 1 event, and the exact/Byar switch at 10 (testdata_Rate Area1, Area3)', () => {
    expect(exactPoissonLimits(1).upper).toBeCloseTo(5.571643390938898, 10);
    expect(rateInterval(1, 100, 0.998, 100).upper).toBeCloseTo(9.233413476451585, 9);
    expect(rateInterval(20, 100, 0.95, 100).lower).toBeCloseTo(12.211428834875937, 9);
    expect(poissonInterval(9)).toEqual(exactPoissonLimits(9));
    expect(poissonInterval(10)).toEqual(byarLimits(10));
  });

  it('Dobson DSR for testdata_small per 10,000, ESP2013 (testdata_multiarea → testresults_DSR)', () => {
    const counts = [12, 4, 3, 2, 3, 4, 8, 2, 2, 3, 4, 5, 6, 8, 5, 6, 5, 5, 4];
    const pops = [
      636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207,
    ];
    const esp2013 = [
      5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000,
      4000, 2500, 1500, 1000,
    ];
    const result = dobsonInterval(counts, pops, esp2013, 0.95, 10000);
    if ('kind' in result) throw new Error(result.reason);
    expect(result.value).toBeCloseTo(110.3212025300104, 9);
    expect(result.lower).toBeCloseTo(87.7455767536709, 9);
    expect(result.upper).toBeCloseTo(136.70882227251795, 9);
  });

  it('indirectly standardised ratio ×100 for testdata_small (testresults_ISR)', () => {
    const result = ratioInterval(91, 835.8835612311743, 0.95, 100);
    expect(result.value).toBeCloseTo(10.886683770400502, 10);
    expect(result.lower).toBeCloseTo(8.765040101829404, 10);
    expect(result.upper).toBeCloseTo(13.366576328418912, 10);
  });

  it("Student's t mean of testdata_Mean Area1", () => {
    const values = [33.09375, 48.38596, 64.83495, 67.98475, 22.93556, 71.23587, 38.78465, 82.37927];
    expect(values.reduce((a, b) => a + b)).toBeCloseTo(429.6347600000001, 9);
    const result = meanInterval(values);
    expect(result.value).toBeCloseTo(53.70434500000001, 10);
    expect(result.lower).toBeCloseTo(36.168325241336504, 8);
    expect(result.upper).toBeCloseTo(71.24036475866352, 8);
  });

  it('proportion funnel at population 1 and 3 (testdata_funnel_prop_outputs)', () => {
    const limits = funnelLimits(
      { type: 'proportion', target: 0.806424478571495, multiplier: 100 },
      [1, 3],
    );
    expect(limits.lower95[0]!.y).toBeCloseTo(3.204264, 5);
    expect(limits.upper95[0]!.y).toBe(100);
    expect(limits.lower998[0]!.y).toBe(0);
    expect(limits.lower998[1]!.y).toBeCloseTo(10.150815, 5);
  });

  it('ratio funnel significance (testdata_funnel_ratio_inputs rows 1–3)', () => {
    expect(funnelSignificance({ type: 'ratio', observed: 8, expected: 6.239860227 })).toBe(
      'Not significant',
    );
    expect(funnelSignificance({ type: 'ratio', observed: 151, expected: 106.4429719 })).toBe(
      'High (0.001)',
    );
    expect(funnelSignificance({ type: 'ratio', observed: 159, expected: 232.9329036 })).toBe(
      'Low (0.001)',
    );
  });
});
