import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { UserDataset } from '../../data/user-files/user-dataset';
import type { LoadStatus } from '../../state/user-data-store';
import { IndicatorClassification, type ClassifyChange } from './indicator-classification';
import { formatNumber } from '../../domain/format-number';

export interface LoadDataPanelProps {
  readonly datasets: readonly UserDataset[];
  readonly status: LoadStatus;
  /** A CSV, with the publisher's metadata JSON when one was chosen or dropped with it. */
  readonly onLoad: (file: File, metadata?: File) => void;
  readonly onRemove: (id: string) => void;
  readonly onDismiss: () => void;
  readonly onClassify: (datasetId: string, indicatorId: string, change: ClassifyChange) => void;
  /** Names of the indicators a file's indicator may repeat, by id. */
  readonly knownNames: ReadonlyMap<string, string>;
}

const baseName = (f: File) => f.name.replace(/\.[^.]+$/, '').toLowerCase();

/**
 * The CSV to load and its ONS metadata JSON (same name, or the only JSON chosen with it). A JSON
 * alone is no data: it is reported, not loaded.
 */
function pairFiles(files: readonly File[]): { csv?: File; json?: File; problem?: string } {
  const csv = files.find((f) => !/\.json$/i.test(f.name));
  const jsons = files.filter((f) => /\.json$/i.test(f.name));
  if (!csv)
    return jsons.length > 0
      ? { problem: `${jsons[0]!.name} is a metadata file: choose it together with its CSV` }
      : {};
  const json =
    jsons.find((j) => baseName(j) === baseName(csv)) ?? (jsons.length === 1 ? jsons[0] : undefined);
  return { csv, ...(json && { json }) };
}

function Report({
  dataset,
  classification,
}: {
  readonly dataset: UserDataset;
  readonly classification: ReactNode;
}) {
  const r = dataset.report;
  const skipped = Object.entries(r.skipped);
  return (
    <div className="load-report">
      <p>
        <strong>{dataset.fileName}</strong>: {formatNumber(r.rowsRead)} rows read,{' '}
        {formatNumber(r.rowsKept)} kept, {formatNumber(r.rowsRejected)} rejected.
      </p>
      <p>Indicators added (set each one&apos;s domain and polarity; you can change them later):</p>
      {classification}
      {skipped.length > 0 && (
        <ul>
          {skipped.map(([reason, count]) => (
            <li key={reason}>
              {formatNumber(count)} left out: {reason}
              {r.skippedFirst?.[reason] ? ` (first: ${r.skippedFirst[reason]})` : ''}
            </li>
          ))}
        </ul>
      )}
      {r.firstRejects.length > 0 && (
        <>
          <p>First rows rejected:</p>
          <ul>
            {r.firstRejects.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {r.unknownColumns.length > 0 && <p>Columns not used: {r.unknownColumns.join(', ')}.</p>}
      {r.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

/** Load a Fingertips, ONS or NHS file: button or drag and drop, progress, report, remove. */
export function LoadDataPanel({
  datasets,
  status,
  onLoad,
  onRemove,
  onDismiss,
  onClassify,
  knownNames,
}: LoadDataPanelProps) {
  const classification = (d: UserDataset) => (
    <IndicatorClassification
      dataset={d}
      knownNames={knownNames}
      onClassify={(indicatorId, change) => onClassify(d.id, indicatorId, change)}
    />
  );
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose([...event.dataTransfer.files]);
  };
  const [pairProblem, setPairProblem] = useState<string>();
  function choose(files: File[]) {
    const { csv, json, problem } = pairFiles(files);
    setPairProblem(problem);
    if (csv) onLoad(csv, json);
  }
  // Focus follows what the user did: to the report when a file loads, to the message when it
  // fails, and to the panel's heading when a file is removed or a message dismissed.
  const heading = useRef<HTMLHeadingElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const resultKey =
    status.kind === 'loaded'
      ? `loaded:${status.datasetId}`
      : status.kind === 'failed'
        ? `failed:${status.fileName}:${status.message}`
        : undefined;
  // Only a result that arrives while the panel is shown moves focus, not one found on mounting.
  const shownKey = useRef(resultKey);
  useEffect(() => {
    if (resultKey === shownKey.current) return;
    shownKey.current = resultKey;
    if (resultKey) result.current?.focus();
  }, [resultKey]);
  const focusHeading = () => heading.current?.focus();
  const loading = status.kind === 'loading';
  const progress = status.kind === 'loading' ? status.progress : undefined;
  const loaded =
    status.kind === 'loaded' ? datasets.find((d) => d.id === status.datasetId) : undefined;

  return (
    <section className="load-data" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} className="field__label" ref={heading} tabIndex={-1}>
        Your data
      </h2>
      <div
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {/* A real button opens the chooser with Enter or Space and shows its focus; the file
            input it drives is hidden and out of the Tab order. */}
        {/* Files chosen while one loads wait their turn: the button stays usable. */}
        <button type="button" className="button" onClick={() => input.current?.click()}>
          Choose files…
        </button>
        <input
          id={inputId}
          ref={input}
          type="file"
          accept=".csv,text/csv,.json,application/json"
          multiple
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Load data"
          onChange={(e) => {
            choose([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <p className="field__hint">
          or drop a Fingertips, ONS Explore Local Statistics or NHS provider CSV here (with an ONS
          file, its .json metadata too). It stays in this browser.
        </p>
      </div>
      <div aria-live="polite">
        {loading && (
          <div className="load-progress">
            <p>
              Loading {status.fileName}:{' '}
              {progress?.stage === 'checking'
                ? 'checking rows'
                : progress?.stage === 'saving'
                  ? 'saving in this browser'
                  : 'reading the file'}
              …
              {status.waiting
                ? ` (${status.waiting} more ${status.waiting === 1 ? 'file' : 'files'} waiting)`
                : ''}
            </p>
            <progress
              max={progress?.total || 1}
              value={progress?.done ?? 0}
              aria-label={`Loading ${status.fileName}`}
            />
          </div>
        )}
        {pairProblem && (
          <p className="notice notice--error" role="alert">
            {pairProblem}
          </p>
        )}
        {status.kind === 'failed' && (
          <div className="notice notice--error" role="alert" ref={result} tabIndex={-1}>
            <span>
              {status.fileName} was not loaded: {status.message}. Nothing already loaded was
              changed.
            </span>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onDismiss();
                focusHeading();
              }}
            >
              Dismiss
            </button>
          </div>
        )}
        {loaded && (
          <div ref={result} tabIndex={-1} className="load-data__result">
            <Report dataset={loaded} classification={classification(loaded)} />
          </div>
        )}
      </div>
      {datasets.length > 0 && (
        <ul className="load-data__list" aria-label="Loaded files">
          {datasets.map((d) => (
            <li key={d.id}>
              <span>
                {d.fileName}{' '}
                <span className="field__hint">
                  ({d.indicators.length} indicator{d.indicators.length === 1 ? '' : 's'})
                </span>
              </span>
              {d.id !== loaded?.id && (
                <details className="load-data__classify">
                  <summary>Indicators in {d.fileName}</summary>
                  {classification(d)}
                </details>
              )}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${d.fileName}`}
                onClick={() => {
                  onRemove(d.id);
                  focusHeading();
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
