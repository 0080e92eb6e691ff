import { combinedAreaOf, ENGLAND, isAreaCode, LONDON, type IndicatorLevel } from '../../domain';

/** Organisation types in NHS files that are geographies or subtotals, not providers. */
const NOT_PROVIDERS =
  /^(ccgs?|csus?|stp|icbs?|icb of gp practice or residence|sub[- ]icb|commissioning region|nhs region|region|country)$|\(england subtotal\)$/i;
const NATIONAL = /^(england|eng)$/i;

/** Why an organisation row is outside an indicator's level, or undefined when it is in scope. */
export function organisationOutOfScope(
  level: IndicatorLevel,
  orgType: string,
  orgCode: string,
): string | undefined {
  const type = orgType.trim();
  if (NATIONAL.test(orgCode) || orgCode === ENGLAND) return undefined;
  if (/^(ENG_.*|UNKNOWN)$/i.test(orgCode)) return 'national subtotal or unknown organisation';
  if (!type) return undefined;
  if (level === 'provider')
    return NOT_PROVIDERS.test(type) ? `organisation type "${type}" is not a provider` : undefined;
  if (level === 'ccg')
    return /^(ccg|nhs region)$/i.test(type)
      ? undefined
      : `organisation type "${type}" is not a CCG`;
  if (level === 'icb')
    return /^icbs?$/i.test(type) ? undefined : `organisation type "${type}" is not an ICB`;
  return undefined;
}

/**
 * Why an area row is outside the Atlas (somewhere outside London), or undefined where it is
 * kept: London's boroughs, London, England and the publisher's combined areas that hold one.
 */
export function areaOutOfScope(
  areaCode: string,
  boroughCodes: ReadonlySet<string>,
): string | undefined {
  if (
    !areaCode ||
    areaCode === ENGLAND ||
    areaCode === LONDON ||
    boroughCodes.has(areaCode) ||
    combinedAreaOf(areaCode) ||
    !isAreaCode(areaCode)
  )
    return undefined;
  return areaCode.startsWith('E09') ? 'London borough code not recognised' : 'area outside London';
}
