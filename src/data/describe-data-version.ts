import type { Catalogue } from './catalogue';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** en-GB's short month names (CLDR), "Sept" included. */
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * "29 Nov 2026" (or "Nov 2026") for a real ISO date; undefined for anything else, so no invalid
 * date is shown. Spelt out, not by `toLocaleDateString`: its first call set up the browser's date
 * formatting, 14 ms on the way to the page going live, and the words can differ between ICU
 * versions, so the page prerendered in Node and the one the browser draws could disagree.
 */
export function formatIsoDate(
  iso: string | undefined,
  parts: 'day' | 'month' = 'day',
): string | undefined {
  const match = iso ? ISO_DATE.exec(iso) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date rolls 2026-02-30 over to March: such a date is not real.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const monthYear = `${MONTHS[month - 1]} ${year}`;
  return parts === 'day' ? `${day} ${monthYear}` : monthYear;
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
