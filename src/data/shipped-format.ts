import Papa from 'papaparse';
import type { DataPoint, Indicator } from '../domain';
import { dataPointRow, normalisedColumns } from './normalised-format';
import { compressNotes, expandNote } from './note-templates';
import { FileError } from './parse-csv';
import { readPublishedCsv, type ReadResult } from './read-published-csv';

/**
 * The layout of the shipped data files (data/indicators/*.csv, and what data:update writes):
 * the normalised Fingertips-style columns without "Indicator ID" (the file is the indicator's),
 * notes as references into a note table that follows the rows:
 *
 *   Area Code,Time period,…,Value note,…
 *   E09000001,2023/24,…,0|2,…
 *   #notes fingertips-90813
 *   0,Value cannot be calculated as number of cases is too small
 *
 * The rows are read by PapaParse through the same row mapper as every published file. A
 * provider measure's 9,000 monthly rows repeat a dozen sentences with only the figures changed:
 * 3.3 MB as the normalised layout, 0.7 MB this way.
 */
const NOTES_MARKER = '#notes';
const NOTE_COLUMN = normalisedColumns({ level: 'borough' }).indexOf('Value note');

export function pointsToShippedCsv(
  points: readonly DataPoint[],
  indicator: Pick<Indicator, 'id' | 'level'>,
): string {
  const { templates, cells } = compressNotes(points.map((p) => p.note));
  const rows = points.map((p, i) => {
    const row = dataPointRow(p);
    row[NOTE_COLUMN] = cells[i]!;
    return row.slice(1);
  });
  const fields = normalisedColumns(indicator).slice(1);
  const body = Papa.unparse({ fields, data: rows }, { newline: '\n' });
  const table = Papa.unparse(
    templates.map((t, i) => [String(i), t]),
    { newline: '\n' },
  );
  return `${body}\n${NOTES_MARKER} ${indicator.id}\n${table}${table ? '\n' : ''}`;
}

/**
 * Reads a file of the shipped layout, or returns undefined for a file without a note table (the
 * normalised layout of earlier releases, read as before).
 */
export function readShippedFile(text: string, indicator: Indicator): ReadResult | undefined {
  const at = text.lastIndexOf(`\n${NOTES_MARKER} `);
  if (at < 0) return undefined;
  const file = indicator.file;
  const trailer = text.slice(at + 1);
  const lineEnd = trailer.indexOf('\n');
  const holds = trailer.slice(NOTES_MARKER.length + 1, lineEnd < 0 ? undefined : lineEnd).trim();
  if (holds !== indicator.id)
    throw new FileError(file, `the file holds "${holds}", not "${indicator.id}"`);
  const table = lineEnd < 0 ? [] : Papa.parse<string[]>(trailer.slice(lineEnd + 1)).data;
  const templates = table
    .filter((r) => r.length > 1 || r[0] !== '')
    .map((r, i) => {
      if (r[0] !== String(i) || r.length !== 2)
        throw new FileError(file, `note table row ${i + 1} is not "${i},<text>"`);
      return r[1]!;
    });
  const result = readPublishedCsv(text.slice(0, at + 1), {
    file,
    indicatorFor: () => indicator.id,
  });
  const points = result.points.map((p) => {
    if (!p.note) return p;
    const note = expandNote(p.note, templates, (reason) => {
      throw new FileError(file, `${p.code} ${p.period.label}: ${reason}`);
    });
    return { ...p, note };
  });
  return { ...result, points };
}
