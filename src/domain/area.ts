import type { AreaCode, OdsCode } from './codes';

export const AREA_KINDS = ['borough', 'region', 'country'] as const;
type AreaKind = (typeof AREA_KINDS)[number];

/** London's five ICB sub-regions, by short key. */
export const SUB_REGIONS = {
  NCL: 'North Central London',
  NEL: 'North East London',
  NWL: 'North West London',
  SEL: 'South East London',
  SWL: 'South West London',
} as const;
export type SubRegion = keyof typeof SUB_REGIONS;
export const isSubRegion = (value: string): value is SubRegion => value in SUB_REGIONS;

export const INNER_OUTER = ['Inner', 'Outer'] as const;
type InnerOuter = (typeof INNER_OUTER)[number];

interface TilePosition {
  /** 1 is the north edge. */
  readonly row: number;
  /** 1 is the west edge. */
  readonly col: number;
}

export interface Area {
  readonly code: AreaCode;
  readonly name: string;
  readonly kind: AreaKind;
  /** Boroughs only. */
  readonly subRegion?: SubRegion;
  readonly icbOdsCode?: OdsCode;
  /** ONS statistical definition (NUTS2/ITL2), not the statutory one. */
  readonly innerOuter?: InnerOuter;
  readonly shortName?: string;
  readonly tile?: TilePosition;
  /** The 2013–2021 CCG the borough belonged to (ODS code and name), for CCG-level measures. */
  readonly formerCcg?: { readonly code: string; readonly name: string };
}

export interface Icb {
  readonly code: AreaCode;
  readonly odsCode: OdsCode;
  readonly name: string;
  readonly subRegion: SubRegion;
}

/**
 * Areas a publisher reports only combined (ONS E67 codes). OHID publishes some mortality
 * indicators for City of London and Hackney together because City of London's counts are too
 * small; the combined value belongs to both boroughs and is shown as the publisher gives it.
 */
export interface CombinedArea {
  readonly code: AreaCode;
  readonly name: string;
  readonly parts: readonly AreaCode[];
}

export const COMBINED_AREAS: readonly CombinedArea[] = [
  {
    code: 'E67000001' as AreaCode,
    name: 'City of London, Hackney',
    parts: ['E09000001' as AreaCode, 'E09000012' as AreaCode],
  },
];

export const combinedAreaOf = (code: string): CombinedArea | undefined =>
  COMBINED_AREAS.find((a) => a.code === code);

/** The publisher's combined area a borough is part of (Hackney: City of London, Hackney). */
export const combinedAreaContaining = (code: string): CombinedArea | undefined =>
  COMBINED_AREAS.find((a) => a.parts.includes(code as AreaCode));
