import type { Catalogue } from './catalogue';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "29 Nov 2026" for a real ISO date; undefined for anything else, so no invalid date is shown. */
export function formatIsoDate(
  iso: string | undefined,
  parts: 'day' | 'month' = 'day',
): string | undefined {
  const match = iso ? ISO_DATE.exec(iso) : null;
  if (!match) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  // Date rolls 2026-02-30 over to March: such a date is not real.
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) return undefined;
  return date.toLocaleDateString('en-GB', {
    ...(parts === 'day' && { day: 'numeric' }),
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The end of the latest dated period of any indicator: how recent the published figures are. */
function latestFigures(catalogue: Pick<Catalogue, 'indicators'>): string | undefined {
  const ends = catalogue.indicators.flatMap((i) =>
    i.coverage?.latestEnd ? [i.coverage.latestEnd] : [],
  );
  return ends.length > 0 ? ends.reduce((a, b) => (a > b ? a : b)) : undefined;
}

const MAX_NAMED = 3;
/** "; 2 files could not be read and were skipped: a.csv, b.csv". */
function failedWords(files: readonly string[] | undefined): string {
  if (!files?.length) return '';
  const named = files.slice(0, MAX_NAMED).join(', ');
  const more = files.length > MAX_NAMED ? ` and ${files.length - MAX_NAMED} more` : '';
  return `; ${files.length} ${files.length === 1 ? 'file' : 'files'} could not be read and ${files.length === 1 ? 'was' : 'were'} skipped: ${named}${more}`;
}

/**
 * What the header says about the data on screen: "Bundled snapshot: published figures up to
 * Nov 2025, extracted 29 Nov 2026", or "Updated 29 Nov 2026 from local copies of the publishers' files: …".
 */
export function describeDataVersion(catalogue: Catalogue): string {
  const date = formatIsoDate(catalogue.extractDate);
  const upTo = formatIsoDate(latestFigures(catalogue), 'month');
  const figures = upTo ? `published figures up to ${upTo}` : 'published figures';
  if (catalogue.updatedFrom)
    return `Updated ${date ?? '(date not recorded)'} from ${catalogue.updatedFrom}: ${figures}${failedWords(catalogue.failedFiles)}`;
  return `${catalogue.label}: ${figures}${date ? `, extracted ${date}` : ''}`;
}
