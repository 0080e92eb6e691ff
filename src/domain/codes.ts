/** Branded string codes: an AreaCode cannot be passed where an OdsCode is expected. */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** ONS GSS code, e.g. E09000001 (City of London), E12000007 (London), E92000001 (England). */
export type AreaCode = Brand<string, 'AreaCode'>;
/** NHS ODS code of a provider, service or ICB, e.g. RV5, RV5CG, QMF. */
export type OdsCode = Brand<string, 'OdsCode'>;
/** The Atlas's own indicator id, e.g. `fingertips-91096` or `mhsds-mrs01b-provider`. */
export type IndicatorId = Brand<string, 'IndicatorId'>;

const AREA_CODE = /^[EWSNK]\d{8}$/;
const ODS_CODE = /^[A-Z0-9]{3,6}$/;
const INDICATOR_ID = /^[a-z0-9]+(?:-[a-z0-9.]+)*$/;

export const isAreaCode = (value: string): value is AreaCode => AREA_CODE.test(value);
export const isOdsCode = (value: string): value is OdsCode => ODS_CODE.test(value);
export const isIndicatorId = (value: string): value is IndicatorId => INDICATOR_ID.test(value);

function brandOrThrow<T extends string>(guard: (v: string) => boolean, kind: string) {
  return (value: string): T => {
    if (!guard(value)) throw new Error(`${kind}: "${value}" is not a valid ${kind}`);
    return value as T;
  };
}

export const asAreaCode = brandOrThrow<AreaCode>(isAreaCode, 'AreaCode');
export const asOdsCode = brandOrThrow<OdsCode>(isOdsCode, 'OdsCode');
export const asIndicatorId = brandOrThrow<IndicatorId>(isIndicatorId, 'IndicatorId');

export const ENGLAND = 'E92000001' as AreaCode;
export const LONDON = 'E12000007' as AreaCode;
