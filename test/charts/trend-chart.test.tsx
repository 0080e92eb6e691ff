import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildTrendSeries } from '../../src/charts/trend/build-trend-series';
import { TrendChart } from '../../src/charts/trend/trend-chart';
import { ENGLAND, type DataPoint } from '../../src/domain';
import { makeBorough, makeDataPoint } from '../factories';

const borough = makeBorough(1);
const year = (y: number) => ({ label: String(y), start: `${y}-01-01`, end: `${y}-12-31` });

/** Synthetic: the borough has no value in 2017; England has values throughout. */
function seriesOf(withIntervals: boolean) {
  const points: DataPoint[] = [2015, 2016, 2017, 2018, 2019].flatMap((y, i) => [
    ...(y === 2017
      ? []
      : [
          makeDataPoint({
            code: borough.code,
            period: year(y),
            value: 20 + i,
            ...(withIntervals && { ci95: { lower: 18 + i, upper: 22 + i } }),
          }),
        ]),
    makeDataPoint({ code: ENGLAND, period: year(y), value: 10 }),
  ]);
  return buildTrendSeries({
    points,
    sex: 'Persons',
    boroughs: [borough],
    selected: [borough.code],
    polarity: 'low-is-good',
    benchmark: 'england',
  });
}

const draw = (withIntervals: boolean) =>
  render(
    <TrendChart series={seriesOf(withIntervals)} unit="%" width={600} description="Synthetic" />,
  ).container;

describe('trend chart', () => {
  it('draws every line and the value axis when no interval is published', () => {
    const chart = draw(false);
    const lines = [...chart.querySelectorAll('.trend-line')];
    expect(lines.map((l) => l.getAttribute('data-key'))).toEqual([borough.code, ENGLAND]);
    // The borough's line is lifted at 2017: two pieces, four dots; England's is one of five.
    expect(lines[0]!.querySelector('path')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(lines[0]!.querySelectorAll('circle')).toHaveLength(4);
    expect(lines[1]!.querySelector('path')!.getAttribute('d')!.match(/M/g)).toHaveLength(1);
    expect(lines[1]!.querySelectorAll('circle')).toHaveLength(5);
    const yTicks = [...chart.querySelectorAll('.trend-chart__y-axis text')].map(
      (t) => t.textContent,
    );
    expect(yTicks).toContain('10');
    expect(yTicks).toContain('%');
    expect(chart.querySelectorAll('.trend-bands path')).toHaveLength(0);
    const xLabels = [...chart.querySelectorAll('.trend-chart__x-axis text')].map(
      (t) => t.textContent,
    );
    expect(xLabels).toEqual(['2015', '2016', '2017', '2018', '2019']);
  });

  it('says in the key which line has no value published, rather than leaving a name without a line', () => {
    const silent = makeBorough(2);
    const series = buildTrendSeries({
      points: [makeDataPoint({ code: borough.code, period: year(2019), value: 5 })],
      sex: 'Persons',
      boroughs: [borough, silent],
      selected: [borough.code, silent.code],
      polarity: 'low-is-good',
      benchmark: 'england',
    });
    const { container } = render(
      <TrendChart series={series} unit="%" width={600} description="Synthetic" />,
    );
    const key = [...container.querySelectorAll('.trend-legend li')].map((li) => li.textContent);
    expect(key).toContain(borough.name);
    expect(key).toContain(`${silent.name} (no value published)`);
  });

  it('shades each interval as a band broken where a period has none, inside the value axis', () => {
    const chart = draw(true);
    const bands = chart.querySelectorAll('.trend-bands path');
    expect(bands).toHaveLength(1);
    expect(bands[0]!.getAttribute('d')!.match(/Z/g)).toHaveLength(2);
    // The axis covers the highest upper limit (26 in 2019), not just the values.
    const top = Math.max(
      ...[...chart.querySelectorAll('.trend-chart__y-axis text')]
        .map((t) => Number(t.textContent))
        .filter(Number.isFinite),
    );
    expect(top).toBeGreaterThanOrEqual(26);
  });
});
