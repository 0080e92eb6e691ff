import type { SavedSnapshot } from '../data/snapshots/snapshot-storage';
import { SNAPSHOT_FORMAT, type SnapshotFile } from '../data/snapshots/snapshot-schema';
import { framesOnScreen } from '../export/frame-registry';

/** The view's charts and state as a snapshot: what "Save snapshot" keeps and a bundle holds. */
const POLL_MS = 200;
const WAIT_MS = 15_000;

/**
 * The view's charts once it has drawn them: no part of the view says it is loading, there is at
 * least one chart, and their number held still between two looks. Pressed while the view is
 * still drawing (a slow network, a view just opened), "Save snapshot" and "Download bundle" wait
 * for it rather than save what happens to be there; a view that never draws is refused.
 */
async function drawnFrames(): Promise<ReturnType<typeof framesOnScreen>> {
  let before = -1;
  for (let waited = 0; waited <= WAIT_MS; waited += POLL_MS) {
    const frames = framesOnScreen();
    const loading = document.querySelector('main [aria-busy="true"]') !== null;
    if (!loading && frames.length > 0 && frames.length === before) return frames;
    before = loading ? -1 : frames.length;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(
    framesOnScreen().length === 0
      ? 'this view has no chart drawn to save yet: try again once its charts are shown'
      : 'this view is still being drawn: try again once its charts are shown',
  );
}

export async function captureSnapshot(
  name: string,
  dataVersion: string,
  /** Kept for a board pack: each chart's slide-sized picture too (a bundle has no use for it). */
  { forBoardPack = true }: { readonly forBoardPack?: boolean } = {},
): Promise<SavedSnapshot> {
  const frames = await drawnFrames();
  const [{ captureCharts }, { pageFooter }] = await Promise.all([
    import('../export/capture-charts'),
    import('../export/page-footer'),
  ]);
  const charts = await captureCharts(frames, pageFooter(), {
    png: true,
    svg: true,
    slide: forBoardPack,
  });
  const savedAt = new Date().toISOString();
  const file: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    version: 1,
    name: name.trim() || charts[0]?.title || 'Snapshot',
    savedAt,
    appVersion: __APP_VERSION__,
    dataVersion,
    search: window.location.search,
    ...(charts[0] && { mainCsv: charts[0].csv, mainTitle: charts[0].title }),
  };
  return { id: `${savedAt}-${Math.round(performance.now())}`, file, charts };
}

/** The app's address without its query string: where a snapshot's view is reopened. */
export const appUrl = () => `${window.location.origin}${window.location.pathname}`;

export async function downloadSnapshotBundle(snapshot: SavedSnapshot): Promise<void> {
  const [{ buildBundle }, { downloadBlob }, { exportFileName }] = await Promise.all([
    import('../export/bundle'),
    import('../export/download'),
    import('../export/file-name'),
  ]);
  const zip = await buildBundle(
    snapshot.file,
    snapshot.charts,
    `${appUrl()}${snapshot.file.search}`,
  );
  downloadBlob(
    new Blob([zip as BlobPart], { type: 'application/zip' }),
    exportFileName([snapshot.file.name, snapshot.file.savedAt.slice(0, 10)], 'zip'),
  );
}

export async function downloadBoardPack(snapshots: readonly SavedSnapshot[]): Promise<void> {
  const [{ buildBoardPack }, { downloadBlob }] = await Promise.all([
    import('../export/bundle'),
    import('../export/download'),
  ]);
  const zip = await buildBoardPack(snapshots, appUrl());
  downloadBlob(
    new Blob([zip as BlobPart], { type: 'application/zip' }),
    `board-pack_${new Date().toISOString().slice(0, 10)}.zip`,
  );
}

/** The chosen snapshots, in the order chosen, as a PowerPoint deck: a slide per chart. */
export async function downloadBoardPackPptx(snapshots: readonly SavedSnapshot[]): Promise<void> {
  const [{ buildBoardPackPptx }, { downloadBlob }] = await Promise.all([
    import('../export/board-pack-pptx'),
    import('../export/download'),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const deck = await buildBoardPackPptx(snapshots, appUrl(), today);
  downloadBlob(
    new Blob([deck as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    }),
    `board-pack_${today}.pptx`,
  );
}

/** How the first chart now differs from the snapshot's, row by row: "3 of 34 rows differ". */
export async function describeChanges(saved: SnapshotFile): Promise<string | undefined> {
  const main = framesOnScreen()[0];
  if (!main || !saved.mainCsv) return undefined;
  const { describeCsvChanges } = await import('../export/csv-changes');
  const { chartCsv } = await import('../export/csv');
  return describeCsvChanges(saved.mainCsv, chartCsv(main.spec));
}
