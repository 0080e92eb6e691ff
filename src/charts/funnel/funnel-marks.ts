import type { FunnelUnitRow } from '../../model/provider-funnel';
import { styleOfKind } from '../shared/outcome-style';

/** Fills by judgement, as the ranked charts use (Okabe & Ito): the shape carries the place. */
export const JUDGEMENT_FILL: Record<FunnelUnitRow['judgement'], string> = {
  better: styleOfKind('better').fill,
  worse: styleOfKind('worse').fill,
  higher: styleOfKind('higher').fill,
  lower: styleOfKind('lower').fill,
  within: styleOfKind('similar').fill,
};

export const JUDGEMENT_WORDS: Record<FunnelUnitRow['judgement'], string> = {
  better: 'better',
  worse: 'worse',
  higher: 'higher (no judgement)',
  lower: 'lower (no judgement)',
  within: 'within limits',
};

/** ▲ above, ▼ below, ● within; filled when outside the 99.8% limits, open when only 95%. */
export function markOf(unit: Pick<FunnelUnitRow, 'at95' | 'at998'>): {
  readonly shape: 'up' | 'down' | 'circle';
  readonly solid: boolean;
  readonly symbol: string;
} {
  if (unit.at95 === 'within') return { shape: 'circle', solid: true, symbol: '●' };
  const up = unit.at95 === 'above';
  const solid = unit.at998 !== 'within';
  return {
    shape: up ? 'up' : 'down',
    solid,
    symbol: up ? (solid ? '▲' : '△') : solid ? '▼' : '▽',
  };
}

/** "Above 99.8% limit", "Within 95% limits": the words in the table and tooltips. */
export const placeWords = (place: FunnelUnitRow['at95'], level: '95' | '99.8') =>
  place === 'within'
    ? `Within ${level}% limits`
    : `${place === 'above' ? 'Above' : 'Below'} ${level}% limit`;
