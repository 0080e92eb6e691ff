import { describe, expect, inject, it } from 'vitest';
import { viewSizes, type BudgetView } from '../../scripts/bench/view-sizes';

const dist = inject('bundledDist');

/**
 * What each view may cost on a cold load from its link, gzip, in KB: its JavaScript and the
 * data it reads before its first chart (issue 27). Sizes are stable where times are not, so
 * they are checked here and the times by `npm run bench`. Set about 10% above the sizes of
 * 2026-12-07 (indicator 151.8 / 15.8, overview 156.2 / 94.7, profile 158.9 / 94.7, parity
 * 160.8 / 16.9, providers 227.5 / 46.7): a change that passes one is a change to look at, and
 * to raise the budget for only with the reason in the commit.
 */
const BUDGETS: Record<BudgetView, { readonly js: number; readonly data: number }> = {
  indicator: { js: 167, data: 18 },
  overview: { js: 172, data: 105 },
  profile: { js: 175, data: 105 },
  parity: { js: 177, data: 19 },
  providers: { js: 250, data: 52 },
};

describe('what each view costs to open from its link (gzip)', () => {
  it.each(Object.entries(BUDGETS) as [BudgetView, (typeof BUDGETS)[BudgetView]][])(
    '%s stays within its JavaScript and data budgets',
    (view, budget) => {
      const { js, data } = viewSizes(dist, view);
      expect(js / 1024, `${view}: JavaScript, KB gzip`).toBeLessThanOrEqual(budget.js);
      expect(data / 1024, `${view}: data, KB gzip`).toBeLessThanOrEqual(budget.data);
      // Something was measured: a view's own code and its catalogue at least.
      expect(js).toBeGreaterThan(50 * 1024);
      expect(data).toBeGreaterThan(5 * 1024);
    },
  );
});
