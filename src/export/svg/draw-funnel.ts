import { scaleLinear } from 'd3-scale';
import { funnelDomains } from '../../charts/funnel/funnel-domains';
import { JUDGEMENT_FILL, markOf } from '../../charts/funnel/funnel-marks';
import type { ChartMarks } from '../../charts/specs/chart-kinds';
import { escapeXml } from './svg-text';
import { CHART_COLOURS as C } from '../../charts/shared/chart-colours';
import { formatNumber } from '../../domain/format-number';

const HEIGHT = 420;
const M = { top: 12, right: 24, bottom: 44, left: 64 };
const LIMITS = [
  { lower: 'lower998', upper: 'upper998', stroke: C.ink, dash: '' },
  { lower: 'lower95', upper: 'upper95', stroke: C.muted, dash: '6 4' },
] as const;

/**
 * The funnel as plain SVG, from the same domains, limits and mark shapes as the screen's
 * Recharts drawing (which only draws in a browser): every organisation, the target and the
 * 95% and 99.8% limits, London's marks larger and outlined, the chosen one named.
 */
export function drawFunnel({ funnel, unit }: ChartMarks['funnel'], width = 900) {
  // Drawn at the width it is placed at, so its 12-unit text stays 12 pt on a narrow page.
  const WIDTH = Math.max(360, width);
  const domains = funnelDomains(funnel);
  const x = scaleLinear()
    .domain(domains.x)
    .range([M.left, WIDTH - M.right]);
  const y = scaleLinear()
    .domain(domains.y)
    .range([HEIGHT - M.bottom, M.top]);
  const parts: string[] = [];
  for (const t of domains.yTicks)
    parts.push(
      `<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${y(t)}" y2="${y(t)}" stroke="${C.grid}"/><text x="${M.left - 6}" y="${y(t) + 4}" font-size="12" text-anchor="end" fill="${C.ink}">${formatNumber(t)}</text>`,
    );
  for (const t of domains.xTicks)
    parts.push(
      `<line x1="${x(t)}" x2="${x(t)}" y1="${M.top}" y2="${HEIGHT - M.bottom}" stroke="${C.grid}"/><text x="${x(t)}" y="${HEIGHT - M.bottom + 16}" font-size="12" text-anchor="middle" fill="${C.ink}">${formatNumber(t)}</text>`,
    );
  parts.push(
    `<text x="${(M.left + WIDTH - M.right) / 2}" y="${HEIGHT - 6}" font-size="12" text-anchor="middle" fill="${C.ink}">${escapeXml(funnel.xLabel)}</text>`,
    `<text transform="translate(14 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)" font-size="12" text-anchor="middle" fill="${C.ink}">${escapeXml(unit)}</text>`,
    `<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${y(funnel.target)}" y2="${y(funnel.target)}" stroke="${C.ink}" stroke-width="1.5"/>`,
  );
  const inPlot = funnel.limits.filter((l) => l.x >= domains.x[0] && l.x <= domains.x[1]);
  const clamp = (v: number) => Math.min(Math.max(v, domains.y[0]), domains.y[1]);
  for (const limit of LIMITS)
    for (const side of [limit.lower, limit.upper]) {
      const d = inPlot
        .map((l, i) => `${i === 0 ? 'M' : 'L'}${x(l.x).toFixed(1)} ${y(clamp(l[side])).toFixed(1)}`)
        .join(' ');
      parts.push(
        `<path d="${d}" fill="none" stroke="${limit.stroke}" stroke-width="1.2"${limit.dash ? ` stroke-dasharray="${limit.dash}"` : ''}/>`,
      );
    }
  const ordered = [
    ...funnel.units.filter((u) => !u.london && !u.selected),
    ...funnel.units.filter((u) => u.london && !u.selected),
    ...funnel.units.filter((u) => u.selected),
  ];
  for (const u of ordered) {
    const cx = x(u.size);
    const cy = y(u.value);
    const r = u.selected ? 7 : u.london ? 5.5 : 3.5;
    const mark = markOf(u);
    const fill = mark.solid ? JUDGEMENT_FILL[u.judgement] : C.paper;
    const stroke = u.london || !mark.solid ? JUDGEMENT_FILL[u.judgement] : 'none';
    const outline = u.london ? C.ink : stroke;
    const shape =
      mark.shape === 'circle'
        ? `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${r}"`
        : `<path d="M${cx} ${cy + (mark.shape === 'up' ? -r : r)} L${cx + r} ${cy + (mark.shape === 'up' ? r : -r)} L${cx - r} ${cy + (mark.shape === 'up' ? r : -r)} Z"`;
    parts.push(
      `${shape} fill="${fill}" fill-opacity="${u.london ? 1 : 0.55}" stroke="${outline}" stroke-width="${u.selected ? 2.5 : 1}"><title>${escapeXml(u.name)}</title>${mark.shape === 'circle' ? '</circle>' : '</path>'}`,
    );
    if (u.selected || (u.london && u.at998 !== 'within'))
      parts.push(
        `<text x="${cx + r + 3}" y="${cy + 4}" font-size="11"${u.selected ? ' font-weight="bold"' : ''} fill="${C.ink}" stroke="${C.paper}" stroke-width="3" paint-order="stroke">${escapeXml(u.name)}</text>`,
      );
  }
  return { body: parts.join(''), width: WIDTH, height: HEIGHT };
}
