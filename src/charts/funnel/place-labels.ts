import type { FunnelUnitRow } from '../../model/provider-funnel';
import type { FunnelDomains } from './funnel-domains';

export interface LabelPlacement {
  readonly showLabel: boolean;
  readonly labelLeft: boolean;
}

const CHAR_PX = 6.6;
const LINE_PX = 15;

/**
 * Which marks get a name, so names never print over each other: the chosen organisations
 * first, then London's outside the 99.8% limits, furthest from the target first, each placed
 * only where its box (in pixels of a plot of the given size) is clear of those already placed.
 * Names in the right part of the plot sit to the left of their mark. The table names them all.
 */
export function placeLabels(
  units: readonly FunnelUnitRow[],
  target: number,
  domains: FunnelDomains,
  plot: { readonly width: number; readonly height: number },
): Map<string, LabelPlacement> {
  const [x0, x1] = domains.x;
  const [y0, y1] = domains.y;
  const px = (x: number) => ((x - x0) / (x1 - x0)) * plot.width;
  const py = (y: number) => ((y1 - y) / (y1 - y0)) * plot.height;
  const wanted = units
    .filter((u) => u.selected || (u.london && u.at998 !== 'within'))
    .sort(
      (a, b) =>
        Number(b.selected) - Number(a.selected) ||
        Math.abs(b.value - target) - Math.abs(a.value - target),
    );
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  const result = new Map<string, LabelPlacement>();
  for (const u of units) result.set(u.code, { showLabel: false, labelLeft: false });
  for (const u of wanted) {
    const labelLeft = u.size > x1 * 0.6;
    const x = px(u.size);
    const y = py(u.value);
    const width = u.name.length * CHAR_PX + 10;
    const box = {
      left: labelLeft ? x - width : x,
      right: labelLeft ? x : x + width,
      top: y - LINE_PX / 2,
      bottom: y + LINE_PX / 2,
    };
    const clear = placed.every(
      (p) => box.right < p.left || box.left > p.right || box.bottom < p.top || box.top > p.bottom,
    );
    if (!clear && !u.selected) continue;
    placed.push(box);
    result.set(u.code, { showLabel: true, labelLeft });
  }
  return result;
}
