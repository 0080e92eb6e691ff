import Papa from 'papaparse';
import { FileError } from './parse-csv';

export interface CsvStreamInfo {
  readonly headers: readonly string[];
  /** The column separator PapaParse detected. */
  readonly delimiter: string;
}

/**
 * Streams a CSV's rows as arrays of cells (PapaParse's fastest mode), so a million-row file is
 * never held as a million objects. The first non-empty row is the header. Line numbers are
 * 1-based with the header as line 1, as users see them in a spreadsheet.
 */
export function streamCsv(
  text: string,
  file: string,
  onHeader: (info: CsvStreamInfo) => void,
  /** `cursor` is the character offset reached, for progress against `text.length`. */
  onRow: (cells: readonly string[], line: number, cursor: number) => void,
): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // A regex stops at the first visible character; trim() would copy a large file.
  if (!/\S/.test(body)) throw new FileError(file, 'the file is empty');
  if (body.includes('\u0000'))
    throw new FileError(file, 'this is not a text CSV file (it contains NUL bytes)');
  let line = 0;
  let failure: FileError | undefined;
  Papa.parse<string[]>(body, {
    // 'greedy' would join every row to test it; a blank line is recognised below instead.
    skipEmptyLines: true,
    step: (result, parser) => {
      const cells = result.data;
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      line++;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        failure = new FileError(file, `row ${line}: ${quoteError.message}`);
        return parser.abort();
      }
      if (line === 1)
        onHeader({
          headers: cells.map((h) => h.replace(/^\uFEFF/, '').trim()),
          delimiter: result.meta.delimiter,
        });
      else onRow(cells, line, result.meta.cursor);
    },
  });
  if (failure) throw failure;
}
