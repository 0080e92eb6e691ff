/**
 * What a chart shows, as a table: typed columns with a raw value (for CSV and export) and a
 * formatter (for the screen). One generic table twin renders it; export reads the same spec,
 * so the numbers on screen, in the table and in a download are one source of truth.
 */
export type CellValue = string | number | boolean | null | undefined;

/*
 * Row functions are declared as methods, so TypeScript checks them bivariantly: a frame or a
 * bundle holds specs of many row types as ChartSpec<unknown>, and a spec's columns only ever
 * read that spec's own rows.
 */
export interface TableColumn<Row> {
  readonly key: string;
  readonly header: string;
  /** The raw, typed value: what CSV export writes. */
  value(row: Row): CellValue;
  /** What the screen shows; defaults to the raw value as text. */
  format?(row: Row): string;
  /** Right-aligned numbers. */
  readonly numeric?: boolean;
  /** The column that names the row (a row header for screen readers). */
  readonly rowHeader?: boolean;
}

export interface TableSpec<Row> {
  readonly caption: string;
  readonly columns: readonly TableColumn<Row>[];
  readonly rows: readonly Row[];
  rowKey(row: Row): string;
  isSelected?(row: Row): boolean;
  /**
   * Said once under the table rather than in every row (the CSV keeps it per row): e.g. why
   * no area could be compared, when the reason is the same for all of them.
   */
  readonly notes?: readonly string[];
  /** Columns for CSV export when it should say more than the screen (limits apart, metadata). */
  readonly csvColumns?: readonly TableColumn<Row>[];
}

/** One line of a chart's key: a symbol drawn from data, so an image can draw it without CSS. */
export interface LegendEntry {
  readonly label: string;
  /** `none`: the label says it all ("● within the 95% limits"). */
  readonly shape: 'square' | 'circle' | 'diamond' | 'line' | 'band' | 'none';
  readonly fill?: string;
  readonly stroke?: string;
  readonly dash?: string;
  /** A symbol inside the swatch, so a verdict never relies on colour alone ("+", "Q1"). */
  readonly symbol?: string;
  /** Several swatches before one label: a ramp of fills ("worst fifth to best fifth"). */
  readonly ramp?: readonly { readonly fill: string; readonly symbol?: string }[];
}

/** A group of key entries under an optional heading ("Compared with England"). */
export interface LegendGroup {
  readonly heading?: string;
  readonly entries: readonly LegendEntry[];
}

/** When and from what the figures come: stamped on every image so none looks current when it is not. */
export interface ChartStamp {
  /** Every period shown, as published ("2023/24"). */
  readonly periods: readonly string[];
  /** The extract dates of the datasets drawn from. */
  readonly extractDates: readonly string[];
  /** The Atlas's data version (the catalogue's), so an image can be traced to its data. */
  readonly dataVersion: string;
}

/**
 * A chart's spec: its question, what it shows, where the figures come from, its key, its marks
 * and its table. Built by a pure function; the chart, its table twin, its CSV, every image export
 * and the bundle read it, and nothing reads the drawn page back.
 */
export interface ChartSpec<Row = unknown, Kind extends string = string, Marks = unknown> {
  /** Which drawing reads `marks`. */
  readonly kind: Kind;
  readonly title: string;
  /** Period, areas, benchmark and method, in words. */
  readonly subtitle: string;
  /** What the drawing shows, in a sentence, for screen readers and an image's description. */
  readonly description: string;
  /** Publisher attribution, extract date and licence of what is shown. */
  readonly source: string;
  readonly stamp: ChartStamp;
  readonly legend: readonly LegendGroup[];
  /** What is drawn, as data: the drawing's input. */
  readonly marks: Marks;
  readonly table: TableSpec<Row>;
  /**
   * The data behind the chart as one tidy table, where it differs from the table twin (a trend's
   * twin has a column per area; its CSV has a row per area and period).
   */
  readonly csv?: TableSpec<unknown>;
  /** Parts of an export's file name: indicator, period, areas, benchmark. */
  readonly fileParts: readonly (string | undefined)[];
}

export const formatCell = <Row>(column: TableColumn<Row>, row: Row): string => {
  if (column.format) return column.format(row);
  const value = column.value(row);
  return value === null || value === undefined ? '–' : String(value);
};
