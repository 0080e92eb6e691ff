import { useEffect, useId, useRef, useState } from 'react';
import type { AnyChartSpec } from '../../charts/specs/chart-kinds';
import { pageFooter } from '../../export/page-footer';
import { IMAGE_PRESETS, sizeNote, type ImagePresetKey } from '../../export/svg/presets';

type Preview =
  | { readonly kind: 'png'; readonly src: string; readonly blob: Blob; readonly size: string }
  | { readonly kind: 'svg'; readonly src: string; readonly text: string; readonly size: string }
  | { readonly kind: 'csv' };

const toDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'));
    reader.readAsDataURL(blob);
  });

/**
 * "Export": PNG, SVG or CSV of one chart, drawn from its spec at a size chosen for where it goes
 * (a slide, half or all of an A4 page), not at the window's. Images are shown before they are
 * saved, exactly as they will be; the export code loads only when asked for.
 */
export function ExportMenu({
  spec,
  allCsv,
}: {
  readonly spec: AnyChartSpec;
  readonly allCsv?: () => Promise<string>;
}) {
  const title = spec.title;
  const [presetKey, setPresetKey] = useState<ImagePresetKey>('slide');
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

  async function makeImage(kind: 'png' | 'svg', key: ImagePresetKey = presetKey) {
    setOpen(false);
    setBusy(true);
    setError(undefined);
    try {
      const [{ chartToSvg }, { svgToPng }] = await Promise.all([
        import('../../export/svg/chart-svg'),
        import('../../export/raster'),
      ]);
      const preset = IMAGE_PRESETS[key];
      const drawn = chartToSvg(spec, pageFooter(), preset);
      const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.svg)}`;
      if (kind === 'png') {
        const blob = await svgToPng(drawn.svg, drawn, preset.dpi);
        const pixels = `${Math.round((drawn.width * preset.dpi) / 72)} × ${Math.round((drawn.height * preset.dpi) / 72)} pixels at ${preset.dpi} dpi. ${sizeNote(drawn, preset)}`;
        setPreview({ kind, blob, src: await toDataUrl(blob), size: pixels });
      } else {
        const size = `${Math.round(drawn.width)} × ${Math.round(drawn.height)} pt. ${sizeNote(drawn, preset)}`;
        setPreview({ kind, text: drawn.svg, src, size });
      }
    } catch (e) {
      setError(`The image could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  /** The chart's data and its notes as a workbook: straight to a file, nothing to preview. */
  async function saveXlsx() {
    setOpen(false);
    setBusy(true);
    setError(undefined);
    try {
      const [{ chartToXlsx }, { downloadBlob }, { exportFileName }] = await Promise.all([
        import('../../export/xlsx'),
        import('../../export/download'),
        import('../../export/file-name'),
      ]);
      downloadBlob(await chartToXlsx(spec, pageFooter()), exportFileName(spec.fileParts, 'xlsx'));
    } catch (e) {
      setError(`The workbook could not be made: ${e instanceof Error ? e.message : String(e)}`);
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
      const all = scope === 'all' ? allCsv : undefined;
      const { chartCsv } = await import('../../export/csv');
      downloadText(
        all ? await all() : chartCsv(spec),
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
          <li>
            <button type="button" className="link-button" onClick={() => void saveXlsx()}>
              Download Excel (XLSX)
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
              {allCsv && (
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
            <>
              <fieldset className="export-dialog__scope">
                <legend>Size</legend>
                {Object.values(IMAGE_PRESETS).map((p) => (
                  <label key={p.key}>
                    <input
                      type="radio"
                      name={`${id}-size`}
                      checked={presetKey === p.key}
                      onChange={() => {
                        setPresetKey(p.key);
                        void makeImage(preview.kind, p.key);
                      }}
                    />{' '}
                    {p.label}
                  </label>
                ))}
              </fieldset>
              <p className="field__hint">{preview.size}</p>
              <img
                className="export-dialog__image"
                src={preview.src}
                alt={`The ${preview.kind.toUpperCase()} that will be saved: ${title}`}
              />
            </>
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
