/** The methods in plain English, with their references (docs/methods.md has the test values). */
export function MethodsSection() {
  return (
    <section aria-labelledby="methods-heading" className="data-section">
      <h2 id="methods-heading">How the figures are compared</h2>
      <dl className="methods-list">
        <dt>Confidence intervals</dt>
        <dd>
          Published intervals are shown as published. Where a dataset has counts but no interval,
          the Atlas computes one by the indicator&apos;s method: Wilson score for percentages
          (Wilson 1927; Newcombe 1998), exact Poisson below 10 events and Byar&apos;s approximation
          from 10 for counts, rates and ratios (Breslow and Day 1987), Dobson for directly
          standardised rates (Dobson et al. 1991), and Student&apos;s t for mean scores. Every
          method reproduces the reference values of PHEindicatormethods, the R package behind OHID
          Fingertips, to within 1e-6.
        </dd>
        <dt>Compared with England or London</dt>
        <dd>
          An area is better or worse (higher or lower, where the indicator makes no judgement) when
          its 95% or 99.8% interval lies wholly on one side of the benchmark value, and similar when
          it includes it: the rule Fingertips uses. An area without an interval is not compared, and
          the reason is given.
        </dd>
        <dt>Quintiles within London</dt>
        <dd>
          Where no interval exists, boroughs are placed in fifths of London&apos;s spread
          (PERCENTILE.INC). A quintile says where a borough sits, not whether it differs
          significantly from anything.
        </dd>
        <dt>Variation</dt>
        <dd>
          Range, fold difference (highest ÷ lowest, and again without the two highest and two
          lowest, as the NHS RightCare Atlas of Variation does), inter-quartile range and
          coefficient of variation across the boroughs with a value.
        </dd>
        <dt>Potential gain</dt>
        <dd>
          For a borough worse than London&apos;s best quartile: the events a year it would avoid at
          the best-quartile value, (value − best quartile) × population ÷ multiplier ÷ years, with
          an interval from the borough&apos;s own confidence interval.
        </dd>
        <dt>Trends</dt>
        <dd>
          The recent-trend test follows Fingertips: a weighted straight line through the five most
          recent values with intervals, called increasing or decreasing only when it is significant
          at 99.8% and keeps its direction when any one period is left out. The same test on a
          borough&apos;s gap to the benchmark says whether the gap is closing.
        </dd>
        <dt>Missing and suppressed values</dt>
        <dd>
          Nothing is estimated, filled in or imputed. A value the publisher withheld stays missing,
          with the publisher&apos;s reason where one is given.
        </dd>
      </dl>
    </section>
  );
}
