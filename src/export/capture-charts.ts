import type { SavedChart } from '../data/snapshots/snapshot-storage';
import { exportFileName } from './file-name';
import type { RegisteredFrame } from './frame-registry';
import { frameToImages, type ImageFooter } from './render-frame';

const text = (node: HTMLElement, selector: string) =>
  node.querySelector(selector)?.textContent?.trim() ?? '';

/** Every chart on the view as it is now: title, subtitle, source, CSV, PNG and SVG. */
export async function captureCharts(
  frames: readonly RegisteredFrame[],
  footer: ImageFooter,
  images: { readonly png: boolean; readonly svg: boolean } = { png: true, svg: true },
): Promise<SavedChart[]> {
  const charts: SavedChart[] = [];
  // One at a time: each image is drawn from an offscreen copy of its frame.
  for (const frame of frames) {
    const drawn = images.png || images.svg ? await frameToImages(frame.node, footer) : undefined;
    const png = images.png ? drawn?.png : undefined;
    const svg = images.svg ? drawn?.svg : undefined;
    charts.push({
      title: text(frame.node, '.chart-frame__title') || frame.title,
      subtitle: text(frame.node, '.chart-frame__subtitle'),
      source: text(frame.node, '.chart-frame__source').replace(
        /\s*About this data and its methods$/,
        '',
      ),
      fileBase: exportFileName(frame.fileParts, 'x').replace(/\.x$/, ''),
      csv: await frame.csv(),
      ...(png && { png }),
      ...(svg && { svg }),
    });
  }
  return charts;
}
