import type { AreaCode, OdsCode } from './codes';

export const AREA_KINDS = ['borough', 'region', 'country'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

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
export type InnerOuter = (typeof INNER_OUTER)[number];

export interface TilePosition {
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
}

export interface Icb {
  readonly code: AreaCode;
  readonly odsCode: OdsCode;
  readonly name: string;
  readonly subRegion: SubRegion;
}
