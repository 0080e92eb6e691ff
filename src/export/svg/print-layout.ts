import type { AnyChartSpec, KindSpec } from '../../charts/specs/chart-kinds';
import { chartToSvg, type ChartSvg, type ImageFooter } from './chart-svg';
import { PRINT_LANDSCAPE, PRINT_PORTRAIT, type ImagePreset } from './presets';

/** The smallest text a printed comparison may have, in points. */
export const MINIMUM_PRINTED = 8;

interface PrintedPage {
  readonly drawn: ChartSvg;
  /** How much the image is shrunk to its page (1: drawn at its size). */
  readonly fit: number;
}

/** A view's main comparison laid out for A4: one page where 8 pt text allows, else several. */
export interface PrintLayout {
  readonly portrait: boolean;
  readonly pages: readonly PrintedPage[];
  /** The smallest text printed, in points. */
  readonly text: number;
}

const onPage = (spec: AnyChartSpec, footer: ImageFooter, preset: ImagePreset, last = true) => {
  const drawn = chartToSvg(spec, footer, preset, last ? 'whole' : 'continues');
  const fit = Math.min(1, (preset.height ?? drawn.height) / drawn.height);
  return { drawn, fit, text: drawn.smallestPlotText * fit };
};

/** The overview's rows `from` to `to` (not including), their groups' headings kept. */
function rugRows(spec: KindSpec<'rug'>, from: number, to: number): KindSpec<'rug'> {
  let at = 0;
  const rowGroups = spec.marks.series.rowGroups.flatMap((group) => {
    const start = at;
    at += group.rows.length;
    const rows = group.rows.slice(Math.max(0, from - start), Math.max(0, to - start));
    if (rows.length === 0) return [];
    return [{ label: from > start ? `${group.label} (continued)` : group.label, rows }];
  });
  return { ...spec, marks: { ...spec.marks, series: { ...spec.marks.series, rowGroups } } };
}

/** A chart whose rows can go over several pages: the overview's indicators. */
function pageable(spec: AnyChartSpec) {
  if (spec.kind !== 'rug') return undefined;
  const count = spec.marks.series.rowGroups.reduce((n, g) => n + g.rows.length, 0);
  return {
    count,
    slice: (from: number, to: number, title: string): AnyChartSpec => ({
      ...rugRows(spec, from, to),
      title,
    }),
  };
}

/**
 * Pages of rows that each print at 8 pt or more, as many rows on each as fit; undefined where
 * even one row cannot (the grid too wide for the page that way up).
 */
function paginate(spec: AnyChartSpec, footer: ImageFooter, preset: ImagePreset) {
  const rows = pageable(spec);
  if (!rows) return undefined;
  // Laid out with the longest title a page can have, so the final titles never need more room.
  const trial = (from: number, to: number) =>
    onPage(rows.slice(from, to, `${spec.title} (page 99 of 99)`), footer, preset, to >= rows.count);
  // Filled from the last page back: the last carries the source, and this way no page is left
  // holding a row or two that a full source line pushed off the one before.
  const starts: number[] = [];
  for (let to = rows.count; to > 0;) {
    let fits = 0;
    let low = 1;
    let high = to;
    while (low <= high) {
      const mid = Math.floor((low + high) / 2);
      if (trial(to - mid, to).text >= MINIMUM_PRINTED) {
        fits = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (fits === 0) return undefined;
    to -= fits;
    starts.unshift(to);
  }
  const pages = starts.map((from, i) => {
    const title = `${spec.title} (page ${i + 1} of ${starts.length})`;
    const slice = rows.slice(from, starts[i + 1] ?? rows.count, title);
    const { drawn, fit } = onPage(slice, footer, preset, i === starts.length - 1);
    return { drawn, fit };
  });
  const text = Math.min(...pages.map(({ drawn, fit }) => drawn.smallestPlotText * fit));
  return { portrait: preset === PRINT_PORTRAIT, pages, text };
}

/**
 * How a view's main comparison prints on A4: one page portrait, else one page landscape, at
 * 8 pt or more; where no single page can hold it at 8 pt (the overview's 60-odd indicators by 35
 * columns), its rows go over as few pages as keep 8 pt, each with its title, key and column
 * headings, the source and stamp on the last. Only a chart that can neither fit nor be split
 * prints smaller.
 */
export function printLayout(spec: AnyChartSpec, footer: ImageFooter): PrintLayout {
  const single = [PRINT_PORTRAIT, PRINT_LANDSCAPE].map((preset) => {
    const { drawn, fit, text } = onPage(spec, footer, preset);
    return { portrait: preset === PRINT_PORTRAIT, pages: [{ drawn, fit }], text };
  });
  const fits = single.find((layout) => layout.text >= MINIMUM_PRINTED);
  if (fits) return fits;
  const paged = [PRINT_PORTRAIT, PRINT_LANDSCAPE]
    .map((preset) => paginate(spec, footer, preset))
    .filter((layout) => layout !== undefined)
    .sort((a, b) => a.pages.length - b.pages.length)[0];
  return paged ?? single.reduce((a, b) => (b.text > a.text ? b : a));
}
