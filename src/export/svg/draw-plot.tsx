import { renderToStaticMarkup } from 'react-dom/server';
import { DistributionChart } from '../../charts/distribution/distribution-chart';
import { DumbbellChart } from '../../charts/dumbbell/dumbbell-chart';
import { RankedBarChart } from '../../charts/ranked-bar/ranked-bar-chart';
import { RatioTrendChart } from '../../charts/ratio-trend/ratio-trend-chart';
import { ScatterChart } from '../../charts/scatter/scatter-chart';
import { textColourOn } from '../../charts/shared/outcome-style';
import type { AnyChartSpec, ChartMarks } from '../../charts/specs/chart-kinds';
import { SpineChart } from '../../charts/spine/spine-chart';
import { TrendChart } from '../../charts/trend/trend-chart';
import { drawFunnel } from './draw-funnel';
import { drawRug } from './draw-rug';
import { escapeXml } from './svg-text';
import { CHART_COLOURS as C } from '../../charts/shared/chart-colours';

/** A chart's marks as SVG content in its own units, and the size of those units' box. */
export interface DrawnPlot {
  readonly body: string;
  readonly width: number;
  readonly height: number;
}

const number = (attributes: string, name: string): number | undefined => {
  const match = new RegExp(`\\s${name}="([\\d.]+)"`).exec(attributes);
  return match ? Number(match[1]) : undefined;
};

/**
 * The content and size of the first `<svg>` in a chart's markup: the chart components draw
 * plain SVG with presentation attributes (no CSS), so their content stands on its own.
 */
function innerSvg(markup: string, width: number): DrawnPlot {
  const start = markup.indexOf('<svg');
  const open = markup.indexOf('>', start);
  // The first <svg>'s own end: a chart's markup may hold more SVG after it (a trend's key).
  let depth = 0;
  let close = -1;
  for (const tag of markup.slice(start).matchAll(/<svg\b|<\/svg>/g)) {
    depth += tag[0] === '<svg' ? 1 : -1;
    if (depth === 0) {
      close = start + (tag.index ?? 0);
      break;
    }
  }
  if (start < 0 || open < 0 || close < open) return { body: '', width, height: 0 };
  const attributes = markup.slice(start + 4, open);
  const viewBox = /viewBox="([\d.\s-]+)"/.exec(attributes)?.[1]?.split(/\s+/).map(Number);
  return {
    body: markup.slice(open + 1, close),
    width: viewBox?.[2] ?? number(attributes, 'width') ?? width,
    height: viewBox?.[3] ?? number(attributes, 'height') ?? 0,
  };
}

const TILE = 52;
const GAP = 4;

/** The tile map as squares: each borough's short name and verdict symbol on its fill. */
function drawTiles({ series }: ChartMarks['tile-map']): DrawnPlot {
  const body = series.tiles
    .map((t) => {
      const x = (t.col - 1) * (TILE + GAP);
      const y = (t.row - 1) * (TILE + GAP);
      const ink = textColourOn(t.fill);
      return `<g><title>${escapeXml(t.label)}</title><rect x="${x}" y="${y}" width="${TILE}" height="${TILE}" rx="3" fill="${t.fill}" stroke="${C.ink}" stroke-width="${t.selected ? 3 : 1}"/><text x="${x + TILE / 2}" y="${y + 22}" font-size="12" font-weight="bold" text-anchor="middle" fill="${ink}">${escapeXml(t.shortName)}</text><text x="${x + TILE / 2}" y="${y + 40}" font-size="13" text-anchor="middle" fill="${ink}">${escapeXml(t.symbol)}</text></g>`;
    })
    .join('');
  return { body, width: series.cols * (TILE + GAP), height: series.rows * (TILE + GAP) };
}

/** Rows of a ranked chart that fit the room: 22 units where there is room, never under 10. */
const fittedRow = (rows: number, room: number) =>
  Math.max(10, Math.min(22, (room - RANKED_AXES) / Math.max(rows, 1)));
/** The ranked chart's room above and below its rows (TOP + AXIS_HEIGHT there). */
const RANKED_AXES = 24 + 46;

/**
 * The marks of a spec as SVG, drawn by the same components as the screen where they are plain
 * SVG, in `width` units and, where the chart can fit itself, `height`.
 */
export function drawPlot(spec: AnyChartSpec, width: number, height = Infinity): DrawnPlot {
  const svg = (element: React.ReactElement) => innerSvg(renderToStaticMarkup(element), width);
  switch (spec.kind) {
    case 'ranked-bar':
      return svg(
        <RankedBarChart
          {...spec.marks}
          width={width}
          standalone
          rowHeight={fittedRow(spec.marks.series.data.length, height)}
          description={spec.description}
        />,
      );
    case 'trend':
      return svg(<TrendChart {...spec.marks} width={width} description={spec.description} />);
    case 'funnel':
      return drawFunnel(spec.marks, width);
    case 'distribution':
      return svg(<DistributionChart {...spec.marks} />);
    case 'spine':
      return svg(<SpineChart {...spec.marks} width={width} />);
    case 'scatter':
      return svg(<ScatterChart {...spec.marks} description={spec.description} width={width} />);
    case 'dumbbell':
      return svg(<DumbbellChart {...spec.marks} width={width} />);
    case 'ratio-trend':
      return svg(<RatioTrendChart {...spec.marks} width={width} />);
    case 'tile-map':
      return drawTiles(spec.marks);
    case 'rug':
      return drawRug(spec.marks, width);
  }
}
