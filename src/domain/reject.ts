/** A row that failed validation at the boundary: where it was and what was wrong. */
export interface RowReject {
  readonly file: string;
  /** 1-based line number in the file, counting the header as line 1. */
  readonly row: number;
  /** The column at fault, as written in the file's header, when one is. */
  readonly column?: string;
  readonly reason: string;
}

export const describeReject = (reject: RowReject): string =>
  `${reject.file}, row ${reject.row}${reject.column ? `, column "${reject.column}"` : ''}: ${reject.reason}`;
