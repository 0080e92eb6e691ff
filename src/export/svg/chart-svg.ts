import type { LegendEntry, LegendGroup } from '../../domain';
import type { AnyChartSpec } from '../../charts/specs/chart-kinds';
import { textColourOn } from '../../charts/shared/outcome-style';
import { drawPlot } from './draw-plot';
import { IMAGE_PRESETS, MINIMUM_TEXT, type ImagePreset } from './presets';
import { escapeXml, FONT_FAMILY, textBlock } from './svg-text';
import { textWidth, wrapText } from '../../charts/shared/text-measure';
import { CHART_COLOURS as C } from '../../charts/shared/chart-colours';

/** What every image says beyond its spec: when it was made and how to get back to the view. */
export interface ImageFooter {
  readonly permalink: string;
  readonly madeOn: string;
}

export interface ChartSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** The smallest text in the plot at the placed size, in points (the frame's text is ≥ 9). */
  readonly smallestPlotText: number;
}

const PAD = 16;
const CONTINUES =
  'Continued on the next page. The source, licence, periods and data version are on the last page.';
const SIZES = { title: 15, subtitle: 10, legend: 9.5, source: MINIMUM_TEXT } as const;

/** One key entry drawn from its own top left: its swatch, line or ramp, then its words. */
function legendEntry(entry: LegendEntry): { markup: string; width: number } {
  const size = SIZES.legend;
  const y = 0;
  const parts: string[] = [];
  let at = 0;
  const swatch = (fill: string, symbol?: string) => {
    parts.push(
      `<rect x="${at}" y="${y}" width="${size + 4}" height="${size + 4}" fill="${fill}" stroke="${C.ink}" stroke-width="0.75"/>`,
    );
    if (symbol)
      parts.push(
        `<text x="${at + (size + 4) / 2}" y="${y + size}" font-size="${size - 2}" text-anchor="middle" fill="${textColourOn(fill)}">${escapeXml(symbol)}</text>`,
      );
    at += size + 6;
  };
  if (entry.ramp) for (const r of entry.ramp) swatch(r.fill, r.symbol);
  else if (entry.shape === 'square') swatch(entry.fill ?? C.paper, entry.symbol);
  else if (entry.shape !== 'none') {
    const mid = y + (size + 4) / 2;
    const stroke = entry.stroke ?? C.ink;
    const dash = entry.dash ? ` stroke-dasharray="${entry.dash}"` : '';
    parts.push(
      entry.shape === 'line'
        ? `<line x1="${at}" x2="${at + 22}" y1="${mid}" y2="${mid}" stroke="${stroke}" stroke-width="2"${dash}/>`
        : entry.shape === 'band'
          ? `<rect x="${at}" y="${y + 1}" width="22" height="${size + 2}" fill="${entry.fill ?? 'none'}" stroke="${stroke}"${dash}/>`
          : entry.shape === 'circle'
            ? `<circle cx="${at + 11}" cy="${mid}" r="5" fill="${entry.fill ?? 'none'}" stroke="${stroke}"/>`
            : `<path d="M${at + 11} ${mid - 6} L${at + 17} ${mid} L${at + 11} ${mid + 6} L${at + 5} ${mid} Z" fill="${entry.fill ?? 'none'}" stroke="${stroke}"/>`,
    );
    at += 26;
  }
  parts.push(
    `<text x="${at}" y="${y + size}" font-size="${size}" fill="${C.ink}">${escapeXml(entry.label)}</text>`,
  );
  return { markup: parts.join(''), width: at + textWidth(entry.label, size) };
}

/** The key, entries flowing left to right and wrapping at the width; headings on their own line. */
function legendBlock(groups: readonly LegendGroup[], width: number, top: number) {
  const rowHeight = SIZES.legend + 8;
  const parts: string[] = [];
  let y = top;
  for (const group of groups) {
    if (group.heading) {
      const heading = textBlock(wrapText(group.heading, SIZES.legend, width), PAD, y, {
        size: SIZES.legend,
        weight: 'bold',
      });
      parts.push(heading.markup);
      y = heading.bottom + 2;
    }
    let x = PAD;
    for (const entry of group.entries) {
      const drawn = legendEntry(entry);
      if (x > PAD && x + drawn.width > PAD + width) {
        x = PAD;
        y += rowHeight;
      }
      parts.push(`<g transform="translate(${x} ${y})">${drawn.markup}</g>`);
      x += drawn.width + 14;
    }
    if (group.entries.length > 0) y += rowHeight;
  }
  return { markup: parts.join(''), bottom: y };
}

/** The smallest font-size in drawn markup, in its own units. */
const smallestFont = (body: string): number => {
  const sizes = [...body.matchAll(/font-size="([\d.]+)(?:px)?"/g)].map((m) => Number(m[1]));
  return sizes.length > 0 ? Math.min(...sizes) : MINIMUM_TEXT;
};

/**
 * A chart as a standalone SVG document drawn from its spec: title, subtitle, key, marks,
 * source, licence, the periods shown, the extract dates, the data version, the date it was made
 * and a link back, all as SVG text and shapes (no foreignObject, no CSS), so PowerPoint, Word,
 * Inkscape and librsvg draw it as a browser does. Nothing is read from the page.
 */
export function chartToSvg(
  spec: AnyChartSpec,
  footer: ImageFooter,
  preset: ImagePreset = IMAGE_PRESETS.screen,
  /**
   * `plot`: the key and marks only, for a slide whose title and source are its own text;
   * `continues`: a page of several, its source said once, on the last page.
   */
  content: 'whole' | 'plot' | 'continues' = 'whole',
): ChartSvg {
  const width = preset.width;
  const inner = width - 2 * PAD;
  const whole = content !== 'plot';
  const title = textBlock(
    whole ? wrapText(spec.title, SIZES.title, inner) : [],
    PAD,
    whole ? PAD : 0,
    {
      size: SIZES.title,
      weight: 'bold',
    },
  );
  const subtitle = textBlock(
    whole ? wrapText(spec.subtitle, SIZES.subtitle, inner) : [],
    PAD,
    title.bottom + (whole ? 4 : 0),
    {
      size: SIZES.subtitle,
      fill: C.subtle,
    },
  );
  const legend = legendBlock(spec.legend, inner, subtitle.bottom + (whole ? 8 : 4));
  const stamp = [
    spec.stamp.periods.length > 0
      ? `Period${spec.stamp.periods.length > 1 ? 's' : ''}: ${spec.stamp.periods.join(', ')}.`
      : '',
    `Data version ${spec.stamp.dataVersion}.`,
    `Made ${footer.madeOn} with the London Mental Health Variation Atlas: ${footer.permalink}`,
  ]
    .filter(Boolean)
    .join(' ');
  const sourceLines =
    content === 'whole'
      ? [...wrapText(spec.source, SIZES.source, inner), ...wrapText(stamp, SIZES.source, inner)]
      : content === 'continues'
        ? wrapText(CONTINUES, SIZES.source, inner)
        : [];
  const sourceHeight = whole ? sourceLines.length * SIZES.source * 1.3 + 8 : 0;

  const plotTop = legend.bottom + 6;
  // The plot fills the width; on a fixed page it fits the room left (see the scale below).
  const room =
    preset.height !== undefined ? preset.height - plotTop - sourceHeight - PAD : Infinity;
  const plot = drawPlot(spec, inner, room);
  // Fitted to the room, but never so small that the plot's text falls under 9 pt: a chart too
  // tall for its page makes the image taller instead (the preview says so), never illegible.
  const byWidth = inner / Math.max(plot.width, 1);
  const smallest = smallestFont(plot.body);
  const legible = MINIMUM_TEXT / smallest;
  const scale = Math.min(byWidth, Math.max(room / Math.max(plot.height, 1), legible));
  const plotHeight = plot.height * scale;
  const needed = Math.ceil(plotTop + plotHeight + sourceHeight + PAD);
  const height = Math.max(preset.height ?? 0, needed);
  const source = textBlock(sourceLines, PAD, height - PAD - sourceHeight + 8, {
    size: SIZES.source,
    fill: C.subtle,
  });
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<desc>${escapeXml(`${spec.subtitle} ${spec.description}`)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${C.paper}"/>`,
    title.markup,
    subtitle.markup,
    legend.markup,
    `<g transform="translate(${PAD + (inner - plot.width * scale) / 2} ${plotTop}) scale(${scale.toFixed(4)})">${plot.body}</g>`,
    source.markup,
    '</svg>',
  ].join('\n');
  return { svg, width, height, smallestPlotText: smallest * scale };
}
