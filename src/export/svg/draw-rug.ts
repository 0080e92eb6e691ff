import type { ChartMarks } from '../../charts/specs/chart-kinds';
import { textColourOn } from '../../charts/shared/outcome-style';
import { CHART_COLOURS as C } from '../../charts/shared/chart-colours';
import { textWidth, wrapText } from '../../charts/shared/text-measure';
import type { DrawnPlot } from './draw-plot';
import { escapeXml } from './svg-text';

const CELL_HEIGHT = 12;
const FONT = 9;
/** Names this wide or more leave room for 14-unit cells and 9-unit symbols. */
const ROOMY_LABEL = 300;
const LINE = 10.5;
/** Room for the borough names, rotated 60° above their columns. */
const HEAD = 92;
/** The narrowest the indicator names may get before the grid is drawn wider than asked. */
const MIN_LABEL = 180;

const text = (x: number, y: number, words: string, extra = '') =>
  `<text x="${x}" y="${y}" font-size="${FONT}" fill="${C.ink}"${extra}>${escapeXml(words)}</text>`;

/**
 * The overview's grid whole, whatever the window, in `width` units where it fits: a row per
 * indicator (its name and period wrapped to the room left), a column per borough, then London's
 * and England's values; each cell its verdict's fill and symbol.
 */
export function drawRug({ series }: ChartMarks['rug'], width: number): DrawnPlot {
  const boroughs = series.columnGroups.flatMap((g) => g.boroughs);
  const rows = series.rowGroups.flatMap((g) => g.rows);
  const valueWidth = Math.max(
    textWidth('England', FONT) * 1.1,
    ...rows.flatMap((r) => [textWidth(r.london, FONT), textWidth(r.england, FONT)]),
  );
  // Beside the names and cells: the London and England columns and the gaps between them.
  const values = 2 * valueWidth + 24;
  // Cells of 14 units where the width allows 9-unit symbols with room for the names; else 13,
  // their symbols 8.5 (a printed page of the grid is shrunk to 8 pt at the least).
  const cellWidth = width - values - 14 * boroughs.length >= ROOMY_LABEL ? 14 : 13;
  const symbolSize = cellWidth === 14 ? 9 : 8.5;
  const grid = boroughs.length * cellWidth;
  const label = Math.max(MIN_LABEL, width - grid - values);
  const valuesX = label + 8 + grid + 8;
  const parts: string[] = [];
  boroughs.forEach((b, i) => {
    const x = label + 8 + i * cellWidth + cellWidth / 2 + 3;
    parts.push(text(0, 0, b.name, ` transform="translate(${x} ${HEAD - 4}) rotate(-60)"`));
  });
  parts.push(
    text(valuesX, HEAD - 4, 'London', ' font-weight="bold"'),
    text(valuesX + valueWidth + 8, HEAD - 4, 'England', ' font-weight="bold"'),
  );
  let y = HEAD;
  for (const group of series.rowGroups) {
    parts.push(text(0, y + 11, group.label, ' font-weight="bold"'));
    y += 15;
    for (const row of group.rows) {
      const lines = wrapText(row.title, FONT, label);
      const height = Math.max(CELL_HEIGHT, lines.length * LINE + 2);
      lines.forEach((line, i) => parts.push(text(0, y + 9 + i * LINE, line)));
      row.cells.forEach((cell, i) => {
        const x = label + 8 + i * cellWidth;
        parts.push(
          `<rect x="${x}" y="${y}" width="${cellWidth}" height="${height}" fill="${cell.fill}" stroke="${C.ink}" stroke-width="${cell.selected ? 2 : 0.3}"/><text x="${x + cellWidth / 2}" y="${y + height / 2 + 3}" font-size="${symbolSize}" text-anchor="middle" fill="${textColourOn(cell.fill)}">${escapeXml(cell.symbol)}</text>`,
        );
      });
      parts.push(
        text(valuesX, y + 9, row.london),
        text(valuesX + valueWidth + 8, y + 9, row.england),
      );
      y += height;
    }
  }
  return { body: parts.join(''), width: valuesX + 2 * valueWidth + 8, height: y + 4 };
}
