import { useEffect, useId, useRef, useState } from 'react';
import type { FrameExport } from '../../export/frame-registry';

type Preview =
  | { readonly kind: 'png'; readonly src: string; readonly blob: Blob }
  | { readonly kind: 'svg'; readonly src: string; readonly text: string }
  | { readonly kind: 'csv' };

const toDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'));
    reader.readAsDataURL(blob);
  });

/**
 * "Export": PNG, SVG or CSV of one chart. Images are shown before they are saved, exactly as
 * they will be; the export code loads only when asked for, so it adds nothing to the first chart.
 */
export function ExportMenu({
  title,
  frame,
  spec,
}: {
  readonly title: string;
  readonly frame: () => HTMLElement | null;
  readonly spec: FrameExport;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [preview, setPreview] = useState<Preview>();
  const [scope, setScope] = useState<'shown' | 'all'>('shown');
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (preview && dialog.current && !dialog.current.open) dialog.current.showModal?.();
  }, [preview]);

  const close = () => {
    dialog.current?.close?.();
    setPreview(undefined);
    button.current?.focus();
  };
  const footer = () => ({
    permalink: window.location.href,
    madeOn: new Date().toISOString().slice(0, 10),
  });

  async function makeImage(kind: 'png' | 'svg') {
    const node = frame();
    if (!node) return;
    setOpen(false);
    setBusy(true);
    setError(undefined);
    try {
      const render = await import('../../export/render-frame');
      if (kind === 'png') {
        const blob = await render.frameToPng(node, footer());
        setPreview({ kind, blob, src: await toDataUrl(blob) });
      } else {
        const text = await render.frameToSvg(node, footer());
        setPreview({
          kind,
          text,
          src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`,
        });
      }
    } catch (e) {
      setError(`The image could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    if (!preview) return;
    const [{ downloadBlob, downloadText }, { exportFileName }] = await Promise.all([
      import('../../export/download'),
      import('../../export/file-name'),
    ]);
    if (preview.kind === 'png') downloadBlob(preview.blob, exportFileName(spec.fileParts, 'png'));
    else if (preview.kind === 'svg')
      downloadText(preview.text, exportFileName(spec.fileParts, 'svg'), 'image/svg+xml');
    else {
      const all = scope === 'all' && spec.allCsv;
      downloadText(
        await (all ? spec.allCsv!() : spec.csv()),
        exportFileName(all ? [...spec.fileParts.slice(0, 1), 'all-areas'] : spec.fileParts, 'csv'),
        'text/csv;charset=utf-8',
      );
    }
    close();
  }

  return (
    <div className="export-menu no-export">
      <button
        ref={button}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-busy={busy}
        onClick={() => setOpen((o) => !o)}
      >
        {busy ? 'Preparing…' : 'Export'}
      </button>
      {open && (
        <ul id={`${id}-menu`} className="export-menu__list" aria-label={`Export ${title}`}>
          <li>
            <button type="button" className="link-button" onClick={() => void makeImage('png')}>
              Download PNG
            </button>
          </li>
          <li>
            <button type="button" className="link-button" onClick={() => void makeImage('svg')}>
              Download SVG
            </button>
          </li>
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setOpen(false);
                setPreview({ kind: 'csv' });
              }}
            >
              Download CSV
            </button>
          </li>
        </ul>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <dialog
          ref={dialog}
          className="export-dialog"
          aria-labelledby={`${id}-dialog`}
          onClose={close}
        >
          <h2 id={`${id}-dialog`} className="export-dialog__title">
            {preview.kind === 'csv' ? 'Download CSV' : `Preview: ${title}`}
          </h2>
          {preview.kind === 'csv' ? (
            <fieldset className="export-dialog__scope">
              <legend>Which rows</legend>
              <label>
                <input
                  type="radio"
                  name={`${id}-scope`}
                  checked={scope === 'shown'}
                  onChange={() => setScope('shown')}
                />{' '}
                What is shown
              </label>
              {spec.allCsv && (
                <label>
                  <input
                    type="radio"
                    name={`${id}-scope`}
                    checked={scope === 'all'}
                    onChange={() => setScope('all')}
                  />{' '}
                  All areas and periods for this indicator
                </label>
              )}
            </fieldset>
          ) : (
            <img
              className="export-dialog__image"
              src={preview.src}
              alt={`The ${preview.kind.toUpperCase()} that will be saved: ${title}`}
            />
          )}
          <div className="export-dialog__actions">
            <button type="button" className="button" onClick={() => void save()}>
              Download {preview.kind.toUpperCase()}
            </button>
            <button type="button" className="link-button" onClick={close}>
              Cancel
            </button>
          </div>
        </dialog>
      )}
    </div>
  );
}
