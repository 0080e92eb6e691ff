/** A file-name part from free text: "Suicide rate" → "suicide-rate", "2015 - 17" → "2015-17". */
export const fileSlug = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

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
