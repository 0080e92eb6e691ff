import Papa from 'papaparse';

export interface CsvTable {
  readonly headers: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** The column separator PapaParse detected: "," normally, ";" or a tab in some exports. */
  readonly delimiter: string;
}

/** A problem with a whole file, as opposed to one row of it. */
export class FileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'FileError';
  }
}

/**
 * Parses CSV text with a header row. Strips a UTF-8 byte-order mark, accepts CRLF, and keeps
 * every cell as text: typing happens in the row mappers, where a bad cell can be named.
 */
export function parseCsvText(text: string, file: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  if (!/\S/.test(body)) throw new FileError(file, 'the file is empty');
  if (body.includes('\u0000'))
    throw new FileError(file, 'this is not a text CSV file (it contains NUL bytes)');
  const result = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new FileError(file, `row ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
  return { headers: result.meta.fields ?? [], rows: result.data, delimiter: result.meta.delimiter };
}
