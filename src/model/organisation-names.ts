import {
  isLondonRegion,
  type Area,
  type Icb,
  type IndicatorLevel,
  type Organisation,
  type Provider,
} from '../domain';
import type { FunnelOrganisation } from './provider-funnel';

const ACRONYMS = new Set([
  'NHS',
  'CCG',
  'ICB',
  'IAPT',
  'CIC',
  'LLP',
  'UK',
  'CAMHS',
  'PTS',
  'GP',
  'MH',
  'STP',
  'CNWL',
  'ELFT',
  'SLAM',
  'IPS',
  'LTD',
  'CBT',
  'NELFT',
  'AWP',
  'TEWV',
]);
const SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'upon', 'on', 'at', 'with']);

/**
 * NHS files write many names in capitals ("SOUTH LONDON AND MAUDSLEY NHS FOUNDATION TRUST");
 * shown in title case with NHS acronyms kept, so a chart's labels read easily. Names already
 * in mixed case are left exactly as published.
 */
export function displayOrganisationName(name: string): string {
  if (/[a-z]/.test(name)) return name;
  return name
    .toLowerCase()
    .split(/(\s+|-|\(|\)|\/)/)
    .map((word, i) => {
      const upper = word.toUpperCase();
      // Acronyms and codes (words with digits) stay as written.
      if (ACRONYMS.has(upper) || /\d/.test(word)) return upper;
      if (i > 0 && SMALL.has(word)) return word;
      return word.replace(/^([a-z])/, (c) => c.toUpperCase()).replace(/'S\b/i, "'s");
    })
    .join('');
}

export interface OrganisationSources {
  readonly register: readonly Organisation[];
  readonly providers: readonly Provider[];
  readonly icbs: readonly Icb[];
  readonly boroughs: readonly Area[];
}

/** Borough names a CCG's name can contain ("NHS Kingston CCG" for Kingston upon Thames). */
const boroughStems = (boroughs: readonly Area[]) =>
  boroughs.map((b) => b.name.replace(/ upon Thames$/, '').toLowerCase());

/**
 * Every organisation a provider-, ICB- or CCG-level measure can name, with its display name and
 * whether it is London's: the file's region says London, or it is one of London's mental health
 * trusts or ICBs in the reference tables, or (CCGs, whose files give no region) its name is a
 * London borough's or says London.
 */
export function organisationsForLevel(
  level: IndicatorLevel,
  sources: OrganisationSources,
): Map<string, FunnelOrganisation> {
  const stems = boroughStems(sources.boroughs);
  const londonTrusts = new Set<string>(sources.providers.map((p) => p.code));
  const londonIcbs = new Set<string>(sources.icbs.flatMap((i) => [i.odsCode, i.code]));
  const map = new Map<string, FunnelOrganisation>();
  for (const org of sources.register) {
    const lower = org.name.toLowerCase();
    const london =
      isLondonRegion(org.region) ||
      londonTrusts.has(org.code) ||
      londonIcbs.has(org.code) ||
      (level === 'ccg' &&
        /ccg/i.test(org.type) &&
        (lower.includes('london') || stems.some((s) => lower.includes(s))));
    map.set(org.code, { name: displayOrganisationName(org.name || org.code), london });
  }
  for (const p of sources.providers)
    if (!map.has(p.code)) map.set(p.code, { name: displayOrganisationName(p.name), london: true });
  for (const icb of sources.icbs)
    for (const code of [icb.odsCode, icb.code])
      if (!map.has(code)) map.set(code, { name: icb.name, london: true });
  return map;
}
