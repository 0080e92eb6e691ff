/** Signs that carry meaning, in words, so "<75" stays "under-75" and "≥65" "65-and-over". */
const SIGNS: readonly (readonly [RegExp, string])[] = [
  [/<=|≤/g, ' up to '],
  [/</g, ' under '],
  [/>=|≥/g, ' at least '],
  [/>/g, ' over '],
  [/%/g, ' percent '],
  [/\+/g, ' plus '],
  [/&/g, ' and '],
];

const MAX_PART = 60;

/**
 * A file-name part from free text: "Suicide rate" → "suicide-rate", "2015 - 17" → "2015-17",
 * "Preventable CVD mortality <75" → "preventable-cvd-mortality-under-75". A long part is cut
 * between words, never in the middle of one.
 */
export const fileSlug = (text: string): string => {
  const words = SIGNS.reduce((t, [sign, word]) => t.replace(sign, word), text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_PART) return words;
  const cut = words.slice(0, MAX_PART + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-+$/, '');
};

/**
 * A name that says what the file is: parts joined by "_", e.g.
 * `suicide-rate_2015-17_london-boroughs_vs-england.csv`.
 */
export function exportFileName(parts: readonly (string | undefined)[], extension: string): string {
  const name = parts
    .flatMap((p) => (p ? [fileSlug(p)] : []))
    .filter(Boolean)
    .join('_');
  return `${name || 'atlas-export'}.${extension}`;
}
