import * as v from 'valibot';
import type { Indicator, IndicatorId } from '../domain';
import { CatalogueSchema, IndicatorSchema, issuePath } from './catalogue-schema';
import { FileError } from './parse-csv';

/** A suggested mental ↔ physical health pair for the parity view. */
export interface ParityPair {
  readonly mental: string;
  readonly physical: string;
  readonly label: string;
}

/** The suggested pairs whose two indicators are both available. */
export const availablePairs = (
  pairs: readonly ParityPair[],
  ids: ReadonlySet<string>,
): ParityPair[] => pairs.filter((p) => ids.has(p.mental) && ids.has(p.physical));

export interface Catalogue {
  readonly schemaVersion: 1;
  /** Identifies the data a view was made from, so a saved snapshot can say which. */
  readonly dataVersion: string;
  /** What the header says is shown, e.g. "Bundled snapshot". */
  readonly label: string;
  /** After a data update: the source folder or publisher, as a reader should see it. */
  readonly updatedFrom?: string;
  readonly extractDate: string;
  readonly indicators: readonly Indicator[];
  readonly reference: {
    readonly areas: string;
    readonly icbs: string;
    readonly providers: string;
    /** Every organisation the provider files name (absent in catalogues before it existed). */
    readonly organisations?: string;
  };
  /** Suggested pairs for the parity view. */
  readonly parityPairs?: readonly ParityPair[];
  /** After a data update run with --keep-going: the source files that could not be read. */
  readonly failedFiles?: readonly string[];
  /** Entries left out because they were invalid (lenient parsing only), each with its reason. */
  readonly problems?: readonly string[];
}

/**
 * The first problem valibot found, as "path what": `indicators[3].polarity must be one of …`.
 * A problem with the whole value (not an object at all) is said of "the catalogue".
 */
function describeIssue(issues: readonly v.BaseIssue<unknown>[], root: string): string {
  const issue = issues[0];
  if (!issue) return `${root} is not valid`;
  return `${issuePath(issue, root) || 'the catalogue'} ${issue.message}`;
}

/**
 * Validates catalogue JSON at the boundary (valibot schemas in catalogue-schema.ts). A corrupt
 * catalogue fails with the path of the first bad field, e.g. `catalogue.json:
 * indicators[3].polarity must be one of …`; the app's reading leaves a bad indicator out with
 * that message and shows the rest.
 */
export function parseCatalogue(
  json: unknown,
  file = 'catalogue.json',
  options: {
    /** The app's reading: a bad indicator entry is left out with a problem, not fatal. */
    readonly skipBadIndicators?: boolean;
  } = {},
): Catalogue {
  // A list is an object to valibot: said plainly before the fields are read.
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new FileError(file, 'the catalogue must be a JSON object');
  const whole = v.safeParse(CatalogueSchema, json);
  if (!whole.success) throw new FileError(file, describeIssue(whole.issues, ''));
  const { indicators: entries, updatedFrom, failedFiles, ...catalogue } = whole.output;
  const problems: string[] = [];
  const seen = new Set<IndicatorId>();
  const indicators = entries.flatMap((raw, i): Indicator[] => {
    const parsed = v.safeParse(IndicatorSchema, raw);
    let message: string | undefined;
    if (!parsed.success) message = describeIssue(parsed.issues, `indicators[${i}]`);
    else if (seen.has(parsed.output.id))
      message = `indicators[${i}].id "${parsed.output.id}" appears twice`;
    if (message === undefined && parsed.success) {
      seen.add(parsed.output.id);
      return [parsed.output];
    }
    if (!options.skipBadIndicators) throw new FileError(file, message ?? 'is not valid');
    const id =
      typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string'
        ? ` ("${raw.id.slice(0, 60)}")`
        : '';
    problems.push(`${file}: ${message}: that entry${id} is left out.`);
    return [];
  });
  return {
    ...catalogue,
    ...(updatedFrom && { updatedFrom }),
    indicators,
    ...(problems.length > 0 && { problems }),
    ...(failedFiles && failedFiles.length > 0 && { failedFiles }),
  };
}
