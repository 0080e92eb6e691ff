import { lazy, Suspense, useEffect, useState } from 'react';
import type { SnapshotFile } from '../data/snapshots/snapshot-schema';
import type { SavedSnapshot } from '../data/snapshots/snapshot-storage';
import { useCatalogue } from '../data/use-atlas-data';
import { useNoticesStore } from '../state/notices-store';
import { useSelectionStore } from '../state/selection-store';
import { useSnapshotStore } from '../state/snapshot-store';
import { parseUrlState } from '../state/url-state';

// Snapshot, bundle and board-pack code loads on first use: none of it is needed for the first chart.
const actions = () => import('./snapshot-actions');
const SnapshotsPanel = lazy(() =>
  import('./snapshots-panel').then((m) => ({ default: m.SnapshotsPanel })),
);

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * What every view offers: copy its link, save it as a snapshot, download it as a bundle, print
 * it, and the saved snapshots (reopen, board pack). Everything heavy loads when first used.
 */
export function ViewToolbar() {
  const catalogue = useCatalogue();
  const { snapshots, hydrated, hydrate, count, countSaved, add } = useSnapshotStore();
  const addNotices = useNoticesStore((s) => s.add);
  const replace = useSelectionStore((s) => s.replace);
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [panel, setPanel] = useState(false);
  const dataVersion = catalogue.data?.dataVersion ?? 'unknown';

  // At start only the number saved is read; the snapshots and their images when the list opens.
  useEffect(() => {
    void countSaved().catch(() => undefined);
  }, [countSaved]);
  useEffect(() => {
    if (panel && !hydrated) void hydrate().catch(() => undefined);
  }, [panel, hydrated, hydrate]);

  const run = async (working: string, task: () => Promise<string | undefined>) => {
    setBusy(true);
    setStatus(working);
    try {
      setStatus(await task());
    } catch (e) {
      setStatus(`That did not work: ${message(e)}. Nothing was changed.`);
    } finally {
      setBusy(false);
    }
  };

  const open = (file: SnapshotFile) => {
    const { state, notices } = parseUrlState(file.search);
    replace(state);
    if (notices.length) addNotices(notices);
    setStatus(`Opened “${file.name}”.`);
    if (file.dataVersion !== dataVersion) {
      addNotices([
        `“${file.name}” was saved with data version ${file.dataVersion}; the Atlas now shows ${dataVersion}. Figures may have changed.`,
      ]);
      // Once the view has drawn, say how its first chart differs from the saved one.
      window.setTimeout(() => {
        void actions()
          .then((a) => a.describeChanges(file))
          .then((text) => text && addNotices([text]));
      }, 1500);
    }
  };

  return (
    <div className="view-toolbar no-print">
      <div className="view-toolbar__buttons">
        <button
          type="button"
          className="link-button"
          onClick={() =>
            void run('Copying the link…', async () => {
              await navigator.clipboard.writeText(window.location.href);
              return 'Link copied: it reopens this view exactly.';
            })
          }
        >
          Copy link
        </button>
        <button
          type="button"
          className="link-button"
          disabled={busy}
          onClick={() =>
            void run('Saving the snapshot…', async () => {
              const snapshot = await (await actions()).captureSnapshot('', dataVersion);
              await add(snapshot);
              return `Saved “${snapshot.file.name}”. Rename, reopen or download it under Snapshots.`;
            })
          }
        >
          Save snapshot
        </button>
        <button
          type="button"
          className="link-button"
          disabled={busy}
          onClick={() =>
            void run('Building the bundle…', async () => {
              const a = await actions();
              await a.downloadSnapshotBundle(
                await a.captureSnapshot('', dataVersion, { forBoardPack: false }),
              );
              return 'Bundle downloaded: every chart as PNG, SVG and CSV, with README.txt and snapshot.json.';
            })
          }
        >
          Download bundle
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => void import('./print-main').then((m) => m.printMainComparison())}
        >
          Print
        </button>
        <button
          type="button"
          className="link-button"
          aria-expanded={panel}
          onClick={() => setPanel((p) => !p)}
        >
          Snapshots ({hydrated ? snapshots.length : count})
        </button>
      </div>
      <p className="view-toolbar__status" role="status" aria-live="polite">
        {status}
      </p>
      {panel && (
        <Suspense fallback={<p aria-busy="true">Loading snapshots…</p>}>
          <SnapshotsPanel
            busy={busy}
            onOpen={(s: SavedSnapshot) => open(s.file)}
            onOpenFile={(file) =>
              void run('Reading the snapshot file…', async () => {
                const { checkSnapshotFileSize, parseSnapshotFile } =
                  await import('../data/snapshots/snapshot-schema');
                checkSnapshotFileSize(file.size, file.name);
                open(parseSnapshotFile(await file.text(), file.name));
                return `Opened the snapshot file ${file.name}.`;
              })
            }
            onDownload={(s) =>
              void run('Building the bundle…', async () => {
                await (await actions()).downloadSnapshotBundle(s);
                return `Downloaded the bundle of “${s.file.name}”.`;
              })
            }
            onBoardPack={(chosen, format) =>
              void run('Building the board pack…', async () => {
                const a = await actions();
                const count = `${chosen.length} snapshot${chosen.length === 1 ? '' : 's'}`;
                if (format === 'pptx') {
                  await a.downloadBoardPackPptx(chosen);
                  return `PowerPoint board pack of ${count} downloaded: a slide per chart, in the order chosen.`;
                }
                await a.downloadBoardPack(chosen);
                return `Board pack of ${count} downloaded, with a printable index.html.`;
              })
            }
          />
        </Suspense>
      )}
    </div>
  );
}
