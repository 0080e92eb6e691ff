import { toBlob, toSvg } from 'html-to-image';

/** Lines drawn under every exported image: licence, extract date and a link back. */
export interface ImageFooter {
  readonly permalink: string;
  readonly madeOn: string;
}

/**
 * A copy of a chart frame as it will be saved: title, subtitle, legend, chart and source line,
 * without the controls and the table twin, plus the permalink and date, laid out offscreen at
 * the frame's own width so the image looks like the screen.
 */
function exportCopy(
  node: HTMLElement,
  footer: ImageFooter,
): { copy: HTMLElement; remove: () => void } {
  const host = document.createElement('div');
  host.className = 'export-host';
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${Math.max(node.scrollWidth, node.offsetWidth, 480) + 32}px;background:#fff;padding:16px;`;
  const copy = node.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.no-export, details').forEach((el) => el.remove());
  const note = document.createElement('p');
  note.className = 'chart-frame__export-note';
  note.textContent = `London Mental Health Variation Atlas, ${footer.madeOn}. Link to this view: ${footer.permalink}`;
  copy.append(note);
  host.append(copy);
  document.body.append(host);
  return { copy: host, remove: () => host.remove() };
}

const OPTIONS = {
  backgroundColor: '#ffffff',
  cacheBust: false,
  skipFonts: true,
  // The copy sits offscreen while it is drawn; in the image it starts at the top left.
  style: { position: 'static', left: '0', top: '0' },
} as const;

/** The frame as PNG at twice its size, for slides and papers. */
export async function frameToPng(node: HTMLElement, footer: ImageFooter): Promise<Blob> {
  const { copy, remove } = exportCopy(node, footer);
  try {
    const blob = await toBlob(copy, { ...OPTIONS, pixelRatio: 2 });
    if (!blob) throw new Error('the browser could not draw the image');
    return blob;
  } finally {
    remove();
  }
}

/** The frame as an SVG document (text stays text, so the title and attribution are searchable). */
export async function frameToSvg(node: HTMLElement, footer: ImageFooter): Promise<string> {
  const { copy, remove } = exportCopy(node, footer);
  try {
    const dataUrl = await toSvg(copy, OPTIONS);
    return decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  } finally {
    remove();
  }
}
