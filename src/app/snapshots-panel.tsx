import { useId, useState } from 'react';
import type { SavedSnapshot } from '../data/snapshots/snapshot-storage';
import { useSnapshotStore } from '../state/snapshot-store';

/** Saved snapshots: rename, reopen, delete, download, and choose several for a board pack. */
export function SnapshotsPanel({
  onOpen,
  onOpenFile,
  onDownload,
  onBoardPack,
  busy,
}: {
  readonly onOpen: (snapshot: SavedSnapshot) => void;
  readonly onOpenFile: (file: File) => void;
  readonly onDownload: (snapshot: SavedSnapshot) => void;
  readonly onBoardPack: (snapshots: readonly SavedSnapshot[], format: 'zip' | 'pptx') => void;
  readonly busy: boolean;
}) {
  const id = useId();
  const { snapshots, rename, remove } = useSnapshotStore();
  // In the order ticked: the board pack's order.
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [names, setNames] = useState<Readonly<Record<string, string>>>({});
  const toggle = (sid: string) =>
    setChosen((c) => (c.includes(sid) ? c.filter((x) => x !== sid) : [...c, sid]));
  const picked = chosen.flatMap((sid) => snapshots.filter((s) => s.id === sid));
  // A blank name is not saved: the field shows the kept name again, and says so.
  const [kept, setKept] = useState<Readonly<Record<string, string>>>({});
  const commitName = (sid: string) => {
    const name = names[sid];
    if (name === undefined) return;
    const old = snapshots.find((s) => s.id === sid)?.file.name ?? '';
    if (name.trim() === '') {
      setNames(({ [sid]: _blank, ...rest }) => rest);
      setKept((k) => ({ ...k, [sid]: `A snapshot needs a name: it keeps “${old}”.` }));
      return;
    }
    setKept(({ [sid]: _said, ...rest }) => rest);
    void rename(sid, name);
  };

  return (
    <section className="snapshots" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="snapshots__heading">
        Snapshots
      </h2>
      {snapshots.length === 0 && (
        <p>No saved snapshots yet: “Save snapshot” keeps the view on screen.</p>
      )}
      <ul className="snapshots__list">
        {snapshots.map((s) => (
          <li key={s.id} className="snapshots__item">
            <input
              type="checkbox"
              id={`${id}-${s.id}-pick`}
              checked={chosen.includes(s.id)}
              onChange={() => toggle(s.id)}
            />
            <label htmlFor={`${id}-${s.id}-pick`} className="visually-hidden">
              Include {s.file.name} in the board pack
            </label>
            <span className="snapshots__order" aria-hidden={!chosen.includes(s.id)}>
              {chosen.includes(s.id) ? chosen.indexOf(s.id) + 1 : ''}
            </span>
            <div className="snapshots__body">
              <label htmlFor={`${id}-${s.id}-name`} className="visually-hidden">
                Name of snapshot saved {s.file.savedAt}
              </label>
              <input
                id={`${id}-${s.id}-name`}
                className="field__input snapshots__name"
                value={names[s.id] ?? s.file.name}
                onChange={(e) => setNames((n) => ({ ...n, [s.id]: e.target.value }))}
                onBlur={() => commitName(s.id)}
                onKeyDown={(e) => e.key === 'Enter' && commitName(s.id)}
              />
              <p className="field__hint" role="status">
                {kept[s.id]}
              </p>
              <p className="field__hint">
                Saved {s.file.savedAt.slice(0, 16).replace('T', ' ')} · data {s.file.dataVersion} ·{' '}
                {s.charts.length} chart{s.charts.length === 1 ? '' : 's'}
              </p>
              <div className="snapshots__actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Open ${s.file.name}`}
                  onClick={() => onOpen(s)}
                >
                  Open
                </button>
                <button
                  type="button"
                  className="link-button"
                  disabled={busy}
                  aria-label={`Download bundle of ${s.file.name}`}
                  onClick={() => onDownload(s)}
                >
                  Download bundle
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Delete ${s.file.name}`}
                  onClick={() => void remove(s.id)}
                >
                  Delete
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {snapshots.length > 1 && (
        <p className="field__hint">
          Tick snapshots in the order you want them in the board pack; the number beside each is its
          place.
        </p>
      )}
      <div className="snapshots__footer">
        <button
          type="button"
          className="button button--small"
          disabled={picked.length === 0 || busy}
          onClick={() => onBoardPack(picked, 'pptx')}
        >
          Board pack, PowerPoint ({picked.length})
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={picked.length === 0 || busy}
          onClick={() => onBoardPack(picked, 'zip')}
        >
          Download board pack ({picked.length})
        </button>
        <label htmlFor={`${id}-file`} className="button button--small button--secondary">
          Open snapshot file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onOpenFile(file);
            e.target.value = '';
          }}
        />
      </div>
    </section>
  );
}
