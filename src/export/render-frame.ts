import { toSvg } from 'html-to-image';
import { changesAPicture } from './pictured-properties';

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

let picturedProperties: string[] | undefined;
/** The computed properties copied onto the image's nodes: about half of Chromium's 480. */
const propertiesToCopy = (): string[] =>
  (picturedProperties ??= [...getComputedStyle(document.documentElement)].filter(changesAPicture));

const OPTIONS = {
  backgroundColor: '#ffffff',
  cacheBust: false,
  skipFonts: true,
  // The copy sits offscreen while it is drawn; in the image it starts at the top left.
  style: { position: 'static', left: '0', top: '0' },
} as const;

/** Draws an SVG data URL onto a canvas at `scale` and returns the PNG. */
async function svgToPng(
  dataUrl: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const image = new Image();
  image.decoding = 'sync';
  image.src = dataUrl;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser has no canvas to draw on');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not draw the image'))),
      'image/png',
    ),
  );
}

/**
 * The frame as SVG text and as PNG at twice its size, from one drawing of it: the PNG is the
 * SVG rasterised, so both show exactly the same thing.
 */
export async function frameToImages(
  node: HTMLElement,
  footer: ImageFooter,
): Promise<{ svg: string; png: Blob }> {
  const { copy, remove } = exportCopy(node, footer);
  try {
    const width = copy.offsetWidth;
    const height = copy.offsetHeight;
    const dataUrl = await toSvg(copy, {
      ...OPTIONS,
      width,
      height,
      includeStyleProperties: propertiesToCopy(),
    });
    const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
    const png = await svgToPng(dataUrl, width, height, 2);
    return { svg, png };
  } finally {
    remove();
  }
}

/** The frame as PNG at twice its size, for slides and papers. */
export async function frameToPng(node: HTMLElement, footer: ImageFooter): Promise<Blob> {
  return (await frameToImages(node, footer)).png;
}

/** The frame as an SVG document (text stays text, so the title and attribution are searchable). */
export async function frameToSvg(node: HTMLElement, footer: ImageFooter): Promise<string> {
  return (await frameToImages(node, footer)).svg;
}
