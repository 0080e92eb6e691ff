import Papa from 'papaparse';
import { ENGLAND, type Organisation } from '../domain';
import { mapColumns } from './column-map';
import { FileError, parseCsvText } from './parse-csv';

/** Columns of the organisation register, data/…/reference/organisations.csv. */
const ORGANISATION_COLUMNS = ['code', 'name', 'type', 'region'] as const;

const NATIONAL = /^(ENG|ENGLAND|E92000001)$|^ENG_/i;

/**
 * The organisations a provider-measure file names (code, name, type, region), so a funnel can
 * label every provider, not only London's. A later row's name wins (files run oldest to newest,
 * and organisations are renamed); a region is kept once any row states one. Files without an
 * organisation code column (area files) give none.
 */
export function collectOrganisations(text: string, file: string): Organisation[] {
  // Area files (most large files) have no organisation column: read only their header.
  const header = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { preview: 1 }).data[0] ?? [];
  if (!mapColumns(header.map((h) => h.trim())).columns.orgCode) return [];
  const table = parseCsvText(text, file);
  const { columns } = mapColumns(table.headers);
  const codeColumn = columns.orgCode;
  if (!codeColumn) return [];
  const collector = organisationCollector();
  for (const row of table.rows)
    collector.add({
      code: row[codeColumn] ?? '',
      name: (columns.orgName && row[columns.orgName]) || '',
      type: (columns.orgType && row[columns.orgType]) || '',
      region: (columns.region && row[columns.region]) || '',
    });
  return collector.list();
}

/**
 * Gathers organisations row by row (the importer feeds it as it reads, so a file is parsed
 * once): national rows and "UNKNOWN" are left out; a later row's name wins; an empty field
 * never blanks a stated one.
 */
export function organisationCollector() {
  const found = new Map<string, Organisation>();
  return {
    add(row: Organisation) {
      const code = row.code.trim();
      if (!code || NATIONAL.test(code) || /^unknown$/i.test(code)) return;
      const earlier = found.get(code);
      found.set(code, {
        code,
        name: row.name.trim() || earlier?.name || '',
        type: row.type.trim() || earlier?.type || '',
        region: row.region.trim() || earlier?.region || '',
      });
    },
    list: (): Organisation[] => [...found.values()],
  };
}

/** Later lists win field by field, except that an empty field never blanks a stated one. */
export function mergeOrganisations(...lists: readonly (readonly Organisation[])[]): Organisation[] {
  const merged = new Map<string, Organisation>();
  for (const org of lists.flat()) {
    const earlier = merged.get(org.code);
    merged.set(org.code, {
      code: org.code,
      name: org.name || earlier?.name || '',
      type: org.type || earlier?.type || '',
      region: org.region || earlier?.region || '',
    });
  }
  return [...merged.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export const organisationsToCsv = (organisations: readonly Organisation[]): string =>
  Papa.unparse(
    {
      fields: [...ORGANISATION_COLUMNS],
      data: organisations.map((o) => ORGANISATION_COLUMNS.map((c) => o[c])),
    },
    { newline: '\n' },
  ) + '\n';

export function parseOrganisations(text: string, file: string): Organisation[] {
  const table = parseCsvText(text, file);
  const missing = ORGANISATION_COLUMNS.filter((c) => !table.headers.includes(c));
  if (missing.length) throw new FileError(file, `expected columns ${missing.join(', ')}`);
  return table.rows.map((row, i) => {
    const code = row.code?.trim() ?? '';
    if (!code) throw new FileError(file, `row ${i + 2}, column "code": empty`);
    if (code === ENGLAND)
      throw new FileError(file, `row ${i + 2}, column "code": England is not an organisation`);
    return { code, name: row.name ?? '', type: row.type ?? '', region: row.region ?? '' };
  });
}
