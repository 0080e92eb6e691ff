import type { AnyChartSpec } from '../charts/specs/chart-kinds';

/** A chart on screen, by its spec: what a bundle saves of it. */
export interface RegisteredFrame {
  readonly spec: AnyChartSpec;
  /** Where it sits on the page: only to keep the bundle in the page's order. */
  readonly node: HTMLElement;
  /** Every area and period for the indicator, where the chart is one indicator's. */
  readonly allCsv?: () => Promise<string>;
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
