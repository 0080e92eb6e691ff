/** What a chart frame offers for export: its file name and its table as CSV. */
export interface FrameExport {
  /** Parts of the file name: indicator, period, areas, benchmark. */
  readonly fileParts: readonly (string | undefined)[];
  /** The chart's table as CSV: exactly what is shown (loaded on demand). */
  readonly csv: () => Promise<string>;
  /** Every area and period for the indicator, where the chart is one indicator's. */
  readonly allCsv?: () => Promise<string>;
}

export interface RegisteredFrame extends FrameExport {
  readonly title: string;
  readonly node: HTMLElement;
}

/**
 * The chart frames on screen, in document order, so a bundle can include every chart of the
 * view. Plain module state: frames add themselves on mount and leave on unmount.
 */
const frames = new Set<RegisteredFrame>();

export function registerFrame(frame: RegisteredFrame): () => void {
  frames.add(frame);
  return () => void frames.delete(frame);
}

export function framesOnScreen(): RegisteredFrame[] {
  return [...frames]
    .filter((f) => f.node.isConnected)
    .sort((a, b) =>
      a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
}
