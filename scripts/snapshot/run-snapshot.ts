import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalogue } from '../../src/data/catalogue';
import { readIndicatorFile } from '../../src/data/read-indicator-file';
import { parseAreas } from '../../src/data/reference';
import {
  BENCHMARKS,
  CI_LEVELS,
  SEXES,
  type BenchmarkKey,
  type CiLevel,
  type Sex,
} from '../../src/domain';
import { specToCsv } from '../../src/export/csv';
import { compareAreas } from '../../src/model/compare-areas';
import { rankedChartSpec } from '../../src/charts/specs/ranked-chart-spec';
import { buildRankedBarSeries } from '../../src/charts/ranked-bar/build-ranked-bar-series';

export interface SnapshotArgs {
  readonly dataDir: string;
  readonly indicator?: string;
  readonly boroughs?: string;
  readonly benchmark?: string;
  readonly period?: string;
  readonly sex?: string;
  readonly ci?: string;
}

const choices = (list: readonly string[]) =>
  list.length > 12 ? `${list.slice(0, 12).join(', ')}, … (${list.length} in all)` : list.join(', ');

/** The app's ranked-chart CSV for one view; throws naming a bad value and the valid choices. */
export function runSnapshot(args: SnapshotArgs): string {
  const read = (path: string) => readFileSync(join(args.dataDir, path), 'utf8');
  const catalogue = parseCatalogue(JSON.parse(read('catalogue.json')));
  const boroughs = parseAreas(read(catalogue.reference.areas), catalogue.reference.areas).filter(
    (a) => a.kind === 'borough',
  );
  const indicators = catalogue.indicators.filter((i) => i.level === 'borough');
  const indicator = indicators.find(
    (i) => i.id === args.indicator || i.formerIds?.includes(args.indicator ?? ''),
  );
  const elsewhere = catalogue.indicators.find((i) => i.id === args.indicator);
  if (!indicator && elsewhere)
    throw new Error(
      `"${elsewhere.id}" (${elsewhere.shortName}) is a ${elsewhere.level}-level measure: npm run snapshot writes the borough comparison. Its CSV is on the Providers view ("Download CSV"). Borough indicators: ${choices(indicators.map((i) => i.id))}`,
    );
  if (!indicator)
    throw new Error(
      `Unknown indicator "${args.indicator ?? ''}". Choose one of: ${choices(indicators.map((i) => i.id))}`,
    );
  const codes = (args.boroughs ?? '')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const unknown = codes.filter((c) => !boroughs.some((b) => b.code === c));
  if (unknown.length > 0)
    throw new Error(
      `Unknown borough "${unknown[0]}". Choose London borough codes: ${choices(boroughs.map((b) => b.code))}`,
    );
  const benchmark = (args.benchmark ?? 'england') as BenchmarkKey;
  if (!(benchmark in BENCHMARKS))
    throw new Error(`Unknown benchmark "${args.benchmark}". Choose one of: england, london`);
  const ci = (args.ci ?? '95') as CiLevel;
  if (!CI_LEVELS.includes(ci))
    throw new Error(
      `Unknown confidence level "${args.ci}". Choose one of: ${CI_LEVELS.join(', ')}`,
    );
  if (args.sex !== undefined && !SEXES.includes(args.sex as Sex))
    throw new Error(`Unknown sex "${args.sex}". Choose one of: ${SEXES.join(', ')}`);

  const points = readIndicatorFile(read(indicator.file), indicator).points;
  const model = compareAreas({
    rankIntervals: true,
    indicator,
    points,
    units: boroughs,
    selected: codes,
    benchmark,
    ci,
    period: args.period,
    sex: args.sex as Sex | undefined,
  });
  if (args.period !== undefined && model.period?.label !== args.period)
    throw new Error(
      `Unknown period "${args.period}" for ${indicator.id}. Choose one of: ${choices(model.periods.map((p) => p.label))}`,
    );
  if (args.sex !== undefined && model.sex !== args.sex)
    throw new Error(
      `${indicator.id} has no ${args.sex} data. Choose one of: ${model.sexes.join(', ')}`,
    );
  const series = buildRankedBarSeries(model.rows, indicator.polarity);
  const context = { dataVersion: catalogue.dataVersion, dataLabel: catalogue.label };
  return specToCsv(rankedChartSpec(indicator, model, series, context).table);
}
