import {
  comparePeriods,
  ENGLAND,
  type DataPoint,
  type Indicator,
  type Period,
  type Polarity,
} from '../domain';
import {
  funnelLimits,
  funnelSignificance,
  overdispersedLimits,
  overdispersion,
  type DispersionUnit,
  type FunnelSignificance,
} from '../stats';
import { isAggregateCode } from './london-reference';

type DispersionMode = 'off' | 'multiplicative' | 'additive';

/** Where a unit sits against one pair of control limits. */
type FunnelPlace = 'above' | 'within' | 'below';

/** An organisation known to the view: its display name and whether it is one of London's. */
export interface FunnelOrganisation {
  readonly name: string;
  readonly london: boolean;
}

export interface FunnelUnitRow {
  readonly code: string;
  readonly name: string;
  readonly london: boolean;
  readonly selected: boolean;
  /** The published value (y). */
  readonly value: number;
  /** The funnel's x: the denominator, or the expected count for a ratio. */
  readonly size: number;
  readonly count?: number;
  readonly at95: FunnelPlace;
  readonly at998: FunnelPlace;
  /** above/below read through the measure's polarity: better, worse, or no judgement. */
  readonly judgement: 'better' | 'worse' | 'within' | 'higher' | 'lower';
}

interface OffFunnelRow {
  readonly code: string;
  readonly name: string;
  readonly london: boolean;
  readonly value: number | null;
  readonly reason: string;
}

export interface LimitPoint {
  readonly x: number;
  readonly lower95: number;
  readonly upper95: number;
  readonly lower998: number;
  readonly upper998: number;
}

interface DispersionReport {
  readonly mode: Exclude<DispersionMode, 'off'>;
  readonly phi: number;
  readonly tau2: number;
  readonly k: number;
  /** Multiplicative limits only widen when φ > 1; said, never hidden. */
  readonly widened: boolean;
}

export interface ProviderFunnel {
  readonly kind: 'funnel';
  readonly type: 'proportion' | 'ratio';
  readonly period: Period;
  /** The target line, in the measure's units. */
  readonly target: number;
  /** England as published; all organisations pooled (no England value); or O = E for a ratio. */
  readonly targetSource: 'england' | 'pooled' | 'ratio-one';
  readonly units: readonly FunnelUnitRow[];
  readonly offFunnel: readonly OffFunnelRow[];
  readonly limits: readonly LimitPoint[];
  readonly dispersion?: DispersionReport;
  /** Counts by place, for the summary line and the closing figures. */
  readonly londonOutside998: number;
  readonly londonOutside95: number;
  readonly xLabel: string;
}

export interface NoFunnel {
  readonly kind: 'no-funnel';
  readonly reason: string;
}

export interface FunnelInput {
  readonly indicator: Indicator;
  /** Points of one period and one sex. */
  readonly points: readonly DataPoint[];
  readonly period: Period;
  readonly organisations: ReadonlyMap<string, FunnelOrganisation>;
  readonly selected: readonly string[];
  readonly dispersion: DispersionMode;
}

// Log-spaced, so 64 points draw a smooth funnel; the exact limits cost ~0.1 ms per point.
const LIMIT_STEPS = 64;

/** Why a measure has no funnel, or undefined when it can have one. */
export function whyNoFunnel(
  indicator: Indicator,
  points: readonly DataPoint[],
): string | undefined {
  if (indicator.valueType !== 'proportion' && indicator.valueType !== 'ratio')
    return indicator.valueType === 'count'
      ? 'it is a count with no denominator, so there is no rate to compare against size'
      : `it is a ${indicator.valueType === 'median' ? 'median' : indicator.valueType.replace(/-/g, ' ')}, for which a funnel's binomial or Poisson limits do not apply`;
  if (indicator.ciMethod === 'none')
    return 'the publisher gives no numerator (a weighted percentage), so binomial control limits would not be valid';
  const sized = points.filter(
    (p) => !isAggregateCode(p.code) && p.value !== null && (p.denominator ?? 0) > 0,
  );
  if (sized.length < 3)
    return 'fewer than three organisations have a published value and denominator in this period';
  return undefined;
}

/** "no value", with the publisher's suppression words where its note has them (not the whole note). */
function whyNoValue(note: string | undefined): string {
  const suppressed = note
    ?.split(';')
    .map((part) => part.trim())
    .filter((part) => /suppress/i.test(part))
    .pop();
  return suppressed ? `no value: ${suppressed}` : 'no value';
}

/** Denominators from min to max, evenly spaced on a log scale so the funnel's neck is smooth. */
function logAxis(min: number, max: number): number[] {
  const lo = Math.log(Math.max(min, 1));
  const hi = Math.log(Math.max(max, min + 1));
  return Array.from({ length: LIMIT_STEPS }, (_, i) =>
    Math.exp(lo + ((hi - lo) * i) / (LIMIT_STEPS - 1)),
  );
}

const placeOf = (value: number, lower: number, upper: number): FunnelPlace =>
  value > upper ? 'above' : value < lower ? 'below' : 'within';

const placesFromSignificance = (s: FunnelSignificance): [FunnelPlace, FunnelPlace] => {
  switch (s) {
    case 'High (0.001)':
      return ['above', 'above'];
    case 'High (0.025)':
      return ['above', 'within'];
    case 'Low (0.025)':
      return ['below', 'within'];
    case 'Low (0.001)':
      return ['below', 'below'];
    case 'Not significant':
      return ['within', 'within'];
  }
};

function judge(place: FunnelPlace, polarity: Polarity): FunnelUnitRow['judgement'] {
  if (place === 'within') return 'within';
  if (polarity === 'no-judgement') return place === 'above' ? 'higher' : 'lower';
  const good = (place === 'above') === (polarity === 'high-is-good');
  return good ? 'better' : 'worse';
}

/**
 * A funnel plot of every organisation in England for one period (Spiegelhalter, Stat Med
 * 2005;24:1185–1202). The target is England's published value (its count ÷ denominator where
 * given), otherwise the pool of all organisations. Proportions: y is the published
 * percentage and x its denominator; a unit's place comes from its Wilson interval against
 * the target (PHEindicatormethods `assign_funnel_significance`), using the published
 * percentage because the publisher rounds counts to 5. Ratios (SHMI): x is the expected
 * count, the place from the exact Poisson interval of the observed count. With
 * over-dispersion, limits are θ ± z·s·√φ (multiplicative) or θ ± z·√(s² + τ²) (additive),
 * φ and τ² estimated from Winsorised z-scores of all units.
 */
export function buildProviderFunnel(input: FunnelInput): ProviderFunnel | NoFunnel {
  const { indicator, points, period, organisations } = input;
  const reason = whyNoFunnel(indicator, points);
  if (reason) return { kind: 'no-funnel', reason };
  const type = indicator.valueType === 'ratio' ? 'ratio' : 'proportion';
  const m = indicator.multiplier;
  const orgOf = (code: string) => organisations.get(code) ?? { name: code, london: false };
  const { sized, offFunnel } = sortOntoFunnel(points, type, m, orgOf);
  const { target, targetSource } = funnelTarget(points, sized, type, m);
  const fit = fitFunnel(sized, type, m, type === 'ratio' ? 1 : target / m, input.dispersion);

  const selected = new Set(input.selected);
  const units = sized.map(({ point, value, size }): FunnelUnitRow => {
    const [at95, at998] = fit.placesOf(point, value, size);
    const org = orgOf(point.code);
    return {
      code: point.code,
      name: org.name,
      london: org.london,
      selected: selected.has(point.code),
      value,
      size,
      ...(point.count !== undefined && { count: point.count }),
      at95,
      at998,
      judgement: judge(at95, indicator.polarity),
    };
  });

  const london = units.filter((u) => u.london);
  return {
    kind: 'funnel',
    type,
    period,
    target,
    targetSource,
    units,
    offFunnel,
    limits: fit.limitLines(units.map((u) => u.size)),
    ...(fit.dispersion && { dispersion: fit.dispersion }),
    londonOutside998: london.filter((u) => u.at998 !== 'within').length,
    londonOutside95: london.filter((u) => u.at95 !== 'within').length,
    // The axis says what its numbers count: a bare "Denominator" had no unit.
    xLabel: type === 'ratio' ? 'Expected deaths' : 'Denominator (the number each value is out of)',
  };
}

type FunnelType = ProviderFunnel['type'];

interface SizedPoint {
  readonly point: DataPoint;
  readonly value: number;
  readonly size: number;
}

/** The points that can sit on the funnel, and the rest with the reason each cannot. */
function sortOntoFunnel(
  points: readonly DataPoint[],
  type: FunnelType,
  m: number,
  orgOf: (code: string) => FunnelOrganisation,
): { sized: SizedPoint[]; offFunnel: OffFunnelRow[] } {
  const offFunnel: OffFunnelRow[] = [];
  const sized: SizedPoint[] = [];
  for (const point of points) {
    if (isAggregateCode(point.code)) continue;
    const org = orgOf(point.code);
    const base = { code: point.code, name: org.name, london: org.london, value: point.value };
    if (point.value === null) offFunnel.push({ ...base, reason: whyNoValue(point.note) });
    else if (!((point.denominator ?? 0) > 0))
      offFunnel.push({ ...base, reason: 'no denominator published' });
    else if (type === 'ratio' && point.count === undefined)
      offFunnel.push({ ...base, reason: 'no observed count published' });
    else if (type === 'proportion' && (point.value < 0 || point.value > m))
      offFunnel.push({ ...base, reason: `value outside 0 to ${m}` });
    else sized.push({ point, value: point.value, size: point.denominator ?? 0 });
  }
  return { sized, offFunnel };
}

/** The target: O = E for a ratio; England as published; else the pool of the units on the plot. */
function funnelTarget(
  points: readonly DataPoint[],
  sized: readonly SizedPoint[],
  type: FunnelType,
  m: number,
): Pick<ProviderFunnel, 'target' | 'targetSource'> {
  if (type === 'ratio') return { target: 1 * m, targetSource: 'ratio-one' };
  const england = points.find((p) => p.code === ENGLAND);
  if (england?.value != null && england.value > 0 && england.value < m)
    return { target: england.value, targetSource: 'england' };
  const num = sized.reduce((s, u) => s + (u.value / m) * u.size, 0);
  const den = sized.reduce((s, u) => s + u.size, 0);
  return { target: (num / den) * m, targetSource: 'pooled' };
}

/** The fitted funnel: where a unit sits, the four limit lines, and the over-dispersion used. */
interface FunnelFit {
  placesOf(point: DataPoint, value: number, size: number): [FunnelPlace, FunnelPlace];
  limitLines(sizes: readonly number[]): LimitPoint[];
  readonly dispersion?: DispersionReport;
}

function fitFunnel(
  sized: readonly SizedPoint[],
  type: FunnelType,
  m: number,
  theta: number,
  dispersion: DispersionMode,
): FunnelFit {
  const dispersionUnits: DispersionUnit[] = sized.map((u) =>
    type === 'ratio'
      ? { type: 'ratio', observed: u.point.count ?? 0, expected: u.size }
      : { type: 'proportion', numerator: (u.value / m) * u.size, denominator: u.size },
  );
  const mode = dispersion === 'off' ? undefined : dispersion;
  const estimate =
    mode && dispersionUnits.length >= 3 ? overdispersion(dispersionUnits, theta) : undefined;
  if (!estimate || !mode) return exactFunnel(type, m, theta);

  const limitsAt = (size: number, confidence: number) => {
    const l = overdispersedLimits(type, theta, size, estimate, mode, confidence);
    return { lower: l.lower * m, upper: l.upper * m };
  };
  return {
    placesOf: (_point, value, size) => {
      const l95 = limitsAt(size, 0.95);
      const l998 = limitsAt(size, 0.998);
      return [placeOf(value, l95.lower, l95.upper), placeOf(value, l998.lower, l998.upper)];
    },
    limitLines: (sizes) =>
      logAxis(Math.min(...sizes) * 0.8, Math.max(...sizes) * 1.1).map((x) => {
        const a = limitsAt(x, 0.95);
        const b = limitsAt(x, 0.998);
        return { x, lower95: a.lower, upper95: a.upper, lower998: b.lower, upper998: b.upper };
      }),
    dispersion: {
      mode,
      phi: estimate.phi,
      tau2: estimate.tau2 * m * m,
      k: estimate.k,
      widened: mode === 'additive' ? estimate.tau2 > 0 : estimate.phi > 1,
    },
  };
}

/** Exact limits: Wilson for proportions, exact Poisson for ratios. */
function exactFunnel(type: FunnelType, m: number, theta: number): FunnelFit {
  return {
    placesOf: (point, value, size) =>
      placesFromSignificance(
        funnelSignificance(
          type === 'ratio'
            ? { type: 'ratio', observed: point.count ?? 0, expected: size }
            : {
                type: 'proportion',
                numerator: (value / m) * size,
                denominator: size,
                target: theta,
              },
        ),
      ),
    limitLines: (sizes) => {
      const axis = logAxis(Math.min(...sizes) * 0.8, Math.max(...sizes) * 1.1);
      return type === 'proportion'
        ? proportionLimits(axis, theta, m)
        : ratioLimits(axis, Math.max(...sizes), m);
    },
  };
}

function proportionLimits(axis: readonly number[], theta: number, m: number): LimitPoint[] {
  const lines = funnelLimits({ type: 'proportion', target: theta, multiplier: m }, axis);
  return axis.map((x, i) => ({
    x,
    lower95: lines.lower95[i]!.y,
    upper95: lines.upper95[i]!.y,
    lower998: lines.lower998[i]!.y,
    upper998: lines.upper998[i]!.y,
  }));
}

/**
 * Exact Poisson limits are computed along observed counts; each maps to its own expected
 * count, so the four lines are interpolated onto one shared x axis for the chart.
 */
function ratioLimits(axis: readonly number[], maxSize: number, m: number): LimitPoint[] {
  const observed = logAxis(1, maxSize * 1.6).map((o) => Math.round(o));
  const lines = funnelLimits({ type: 'ratio', multiplier: m }, [...new Set(observed)]);
  const byX = (line: readonly { x: number; y: number }[]) => [...line].sort((a, b) => a.x - b.x);
  const [l95, u95, l998, u998] = [
    byX(lines.lower95),
    byX(lines.upper95),
    byX(lines.lower998),
    byX(lines.upper998),
  ];
  return axis.map((x) => ({
    x,
    lower95: interpolate(l95, x),
    upper95: interpolate(u95, x),
    lower998: interpolate(l998, x),
    upper998: interpolate(u998, x),
  }));
}

/** y at x on a line sorted by x, linear between neighbours, clamped at the ends. */
function interpolate(sorted: readonly { x: number; y: number }[], x: number): number {
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (x <= first.x) return first.y;
  if (x >= last.x) return last.y;
  const i = sorted.findIndex((p) => p.x >= x);
  const a = sorted[i - 1]!;
  const b = sorted[i]!;
  return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
}

/** Periods of a measure's points, newest first. */
export function periodsNewestFirst(points: readonly DataPoint[]): Period[] {
  const seen = new Map<string, Period>();
  for (const p of points) if (!seen.has(p.period.label)) seen.set(p.period.label, p.period);
  return [...seen.values()].sort(comparePeriods).reverse();
}
