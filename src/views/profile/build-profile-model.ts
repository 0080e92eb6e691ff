import type {
  Area,
  AreaCode,
  BenchmarkKey,
  DataPoint,
  Indicator,
  IndicatorDomain,
  IndicatorId,
} from '../../domain';
import type { SpineRow } from '../../charts/spine/spine-row';
import { quartiles } from '../../stats';
import type { CiLevel } from '../../state/url-state';
import { compareAreas, sexesToShow } from '../../model/compare-areas';

type ProfileRow = SpineRow;

interface ProfileSection {
  readonly domain: IndicatorDomain;
  readonly rows: readonly ProfileRow[];
  /** "Worse than England on 3 of 7 mental health indicators compared by confidence interval; better on 1." */
  readonly summary: string;
}

export interface ProfileModel {
  readonly borough: Area;
  readonly peers: readonly Area[];
  readonly sections: readonly ProfileSection[];
  readonly benchmarkName: string;
}

const PEER_COUNT_BY_DEPRIVATION = 5;
const IMD_INDICATOR = 'mhclg-imd2019-score';

/**
 * Peers of a borough: the rest of its ICB sub-region, and its 5 nearest boroughs by IMD 2019
 * average score (absolute difference), named once each.
 */
export function findPeers(
  borough: Area,
  boroughs: readonly Area[],
  imd: ReadonlyMap<string, number>,
): Area[] {
  const sameSubRegion = boroughs.filter(
    (b) => b.code !== borough.code && b.subRegion === borough.subRegion,
  );
  const own = imd.get(borough.code);
  const nearest =
    own === undefined
      ? []
      : boroughs
          .filter((b) => b.code !== borough.code && imd.has(b.code))
          .sort(
            (a, b) =>
              Math.abs(imd.get(a.code)! - own) - Math.abs(imd.get(b.code)! - own) ||
              a.name.localeCompare(b.name),
          )
          .slice(0, PEER_COUNT_BY_DEPRIVATION);
  return [...new Map([...sameSubRegion, ...nearest].map((b) => [b.code, b])).values()];
}

const DOMAIN_WORDS: Record<IndicatorDomain, string> = {
  mental: 'mental health',
  physical: 'physical health',
  context: 'context',
};

function summarise(
  domain: IndicatorDomain,
  rows: readonly ProfileRow[],
  benchmarkName: string,
): string {
  const compared = rows.filter(
    (r) => r.method === 'ci' && r.borough.outcome.kind !== 'not-compared',
  );
  const count = (kind: string) => compared.filter((r) => r.borough.outcome.kind === kind).length;
  const placed = rows.length - compared.length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (compared.length === 0)
    return `No ${DOMAIN_WORDS[domain]} indicator here has confidence intervals to compare with ${benchmarkName}${placed ? `; ${plural(placed, 'row')} placed by quintile within London only` : ''}.`;
  const judged = `Worse than ${benchmarkName} on ${count('worse')} of ${compared.length} ${DOMAIN_WORDS[domain]} ${compared.length === 1 ? 'row' : 'rows'} compared by confidence interval; better on ${count('better')}.`;
  return placed
    ? `${judged} ${plural(placed, 'other row')} placed by quintile within London only.`
    : judged;
}

/**
 * One borough across every borough-level indicator (latest period): its value and comparison,
 * the London spread (min, quartiles, max), the benchmark, and the best value among its peers.
 */
export function buildProfileModel(input: {
  readonly borough: Area;
  readonly boroughs: readonly Area[];
  readonly indicators: readonly Indicator[];
  readonly points: ReadonlyMap<IndicatorId, readonly DataPoint[]>;
  readonly benchmark: BenchmarkKey;
  readonly ci: CiLevel;
}): ProfileModel {
  const { borough, boroughs, indicators, points, benchmark, ci } = input;
  const imdPoints = points.get(IMD_INDICATOR as IndicatorId) ?? [];
  const imd = new Map(
    imdPoints.flatMap((p) => (p.value === null ? [] : [[p.code as string, p.value] as const])),
  );
  const peers = findPeers(borough, boroughs, imd);
  const peerCodes = new Set<string>(peers.map((p) => p.code));
  let benchmarkName = 'England';

  const rows = indicators.flatMap((indicator): ProfileRow[] => {
    const data = points.get(indicator.id);
    if (!data) return [];
    // Persons where published; otherwise each sex as its own labelled row.
    return sexesToShow(data).flatMap((sex): ProfileRow[] => {
      const model = compareAreas({
        indicator,
        points: data,
        units: boroughs,
        selected: [borough.code as AreaCode],
        benchmark,
        ci,
        sex,
      });
      benchmarkName = model.benchmarkName;
      const own = model.rows.find((r) => r.code === borough.code);
      const values = model.rows.flatMap((r) => (r.value === null ? [] : [r.value]));
      if (!own || values.length < 2) return [];
      const q = quartiles(values);
      const peerRows = model.rows.filter((r) => peerCodes.has(r.code) && r.value !== null);
      const best =
        indicator.polarity === 'no-judgement'
          ? undefined
          : [...peerRows].sort(
              (a, b) =>
                ((a.value as number) - (b.value as number)) *
                (indicator.polarity === 'low-is-good' ? 1 : -1),
            )[0];
      return [
        {
          indicator,
          periodLabel: model.period?.label ?? 'period not stated',
          sex: model.sex,
          borough: own,
          benchmark: model.benchmarkValue,
          min: Math.min(...values),
          max: Math.max(...values),
          q1: q.q1,
          median: q.median,
          q3: q.q3,
          ...(best && { bestPeer: { name: best.name, value: best.value as number } }),
          method: model.method === 'quintiles' ? 'quintiles' : 'ci',
        },
      ];
    });
  });

  const sections = (['mental', 'physical', 'context'] as const).map((domain) => {
    const own = rows.filter((r) => r.indicator.domain === domain);
    return { domain, rows: own, summary: summarise(domain, own, benchmarkName) };
  });
  return { borough, peers, sections: sections.filter((s) => s.rows.length > 0), benchmarkName };
}
