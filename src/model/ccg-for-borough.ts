import {
  comparePeriods,
  ENGLAND,
  type Area,
  type DataPoint,
  type Indicator,
  type Organisation,
} from '../domain';
import { LONDON_NHS_REGION } from './london-reference';

/**
 * Kensington and Chelsea and Westminster were split between NHS West London CCG and NHS Central
 * London (Westminster) CCG (PROVENANCE.md, london_boroughs.csv caveats): neither CCG is the
 * same area as either borough, although the reference table gives each borough one CCG.
 */
const SPLIT_BETWEEN_CCGS = new Set(['E09000020', 'E09000033']);

export interface BoroughCcg {
  /** The CCG's code in the published files (E38…), or its ODS code where the file uses that. */
  readonly codes: readonly string[];
  readonly name: string;
  readonly relation: 'same-area' | 'shared' | 'split';
  /** "(CCG, same area)", "(CCG covering City of London and Hackney)", … */
  readonly label: string;
}

/** The 2013–2021 CCG a borough belonged to, and how its area relates to the borough's. */
export function ccgForBorough(
  borough: Area,
  boroughs: readonly Area[],
  register: readonly Organisation[],
): BoroughCcg | undefined {
  const ccg = borough.formerCcg;
  if (!ccg) return undefined;
  const name = ccg.name.trim().toLowerCase();
  const codes = [
    ccg.code,
    ...register.filter((o) => o.name.trim().toLowerCase() === name).map((o) => o.code),
  ];
  const sharing = boroughs.filter((b) => b.formerCcg?.code === ccg.code);
  if (SPLIT_BETWEEN_CCGS.has(borough.code))
    return {
      codes,
      name: ccg.name,
      relation: 'split',
      label: `(CCG, not the same area: ${borough.name} was split between two CCGs)`,
    };
  if (sharing.length > 1)
    return {
      codes,
      name: ccg.name,
      relation: 'shared',
      label: `(CCG covering ${sharing.map((b) => b.name).join(' and ')} together)`,
    };
  return { codes, name: ccg.name, relation: 'same-area', label: '(CCG, same area)' };
}

export interface CcgMeasureRow {
  readonly indicator: Indicator;
  readonly period: string;
  readonly value: number | null;
  readonly england: number | null;
  readonly london: number | null;
  readonly note?: string;
}

/** Each CCG-level measure's latest value for the CCG, with England and London in that period. */
export function ccgMeasureRows(
  ccg: BoroughCcg,
  measures: readonly { readonly indicator: Indicator; readonly points: readonly DataPoint[] }[],
): CcgMeasureRow[] {
  return measures.flatMap(({ indicator, points }) => {
    const own = points
      .filter((p) => ccg.codes.includes(p.code))
      .sort((a, b) => comparePeriods(a.period, b.period));
    const latest = own[own.length - 1];
    if (!latest) return [];
    const at = (code: string) =>
      points.find((p) => p.code === code && p.period.label === latest.period.label)?.value ?? null;
    return [
      {
        indicator,
        period: latest.period.label,
        value: latest.value,
        england: at(ENGLAND),
        london: at(LONDON_NHS_REGION),
        ...(latest.note && { note: latest.note }),
      },
    ];
  });
}
