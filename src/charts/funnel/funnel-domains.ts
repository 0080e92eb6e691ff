import { scaleLinear } from 'd3-scale';
import type { ProviderFunnel } from '../../model/provider-funnel';

export interface FunnelDomains {
  readonly x: [number, number];
  readonly y: [number, number];
  readonly xTicks: number[];
  readonly yTicks: number[];
}

/**
 * Axes that fit every organisation and the limits over the sizes on the plot (the limits
 * flare to 0% and 100% near size 0, which would flatten the points), rounded with d3's nice
 * ticks. Proportions stay within 0 to 100.
 */
export function funnelDomains(funnel: ProviderFunnel): FunnelDomains {
  const sizes = funnel.units.map((u) => u.size);
  const values = funnel.units.map((u) => u.value);
  const smallest = Math.min(...sizes);
  const limitValues = funnel.limits
    .filter((l) => l.x >= smallest)
    .flatMap((l) => [l.lower998, l.upper998]);
  const all = [...values, ...limitValues, funnel.target];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (funnel.type === 'proportion') {
    lo = Math.max(0, lo);
    hi = Math.min(100, hi);
  } else lo = Math.max(0, lo);
  const pad = (hi - lo) * 0.04 || 1;
  const y = scaleLinear()
    .domain([Math.max(0, lo - pad), hi + pad])
    .nice(6);
  const x = scaleLinear()
    .domain([0, Math.max(...sizes) * 1.05])
    .nice(6);
  const [y0, y1] = y.domain() as [number, number];
  const [x0, x1] = x.domain() as [number, number];
  return {
    x: [x0, x1],
    y: [funnel.type === 'proportion' ? Math.max(0, y0) : y0, y1],
    xTicks: x.ticks(6),
    yTicks: y.ticks(6),
  };
}
