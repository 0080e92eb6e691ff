import type { SavedChart } from '../data/snapshots/snapshot-storage';
import { chartCsv } from './csv';
import { exportFileName } from './file-name';
import type { RegisteredFrame } from './frame-registry';
import { svgToPng } from './raster';
import { chartToXlsx } from './xlsx';
import { chartToSvg, type ImageFooter } from './svg/chart-svg';
import { IMAGE_PRESETS, SLIDE_PLOT, type ImagePreset } from './svg/presets';

/**
 * Every chart on the view, from its spec: title, subtitle, source, CSV, XLSX, PNG and SVG, and
 * for a board pack the key and marks alone at slide size.
 */
export async function captureCharts(
  frames: readonly RegisteredFrame[],
  footer: ImageFooter,
  images: { readonly png: boolean; readonly svg: boolean; readonly slide: boolean } = {
    png: true,
    svg: true,
    slide: true,
  },
  preset: ImagePreset = IMAGE_PRESETS.slide,
): Promise<SavedChart[]> {
  const charts: SavedChart[] = [];
  for (const { spec } of frames) {
    const drawn = images.png || images.svg ? chartToSvg(spec, footer, preset) : undefined;
    const png = drawn && images.png ? await svgToPng(drawn.svg, drawn, preset.dpi) : undefined;
    const plot = images.slide ? chartToSvg(spec, footer, SLIDE_PLOT, 'plot') : undefined;
    const slidePng = plot ? await svgToPng(plot.svg, plot, SLIDE_PLOT.dpi) : undefined;
    const xlsx = await chartToXlsx(spec, footer);
    charts.push({
      title: spec.title,
      subtitle: spec.subtitle,
      source: spec.source,
      fileBase: exportFileName(spec.fileParts, 'x').replace(/\.x$/, ''),
      csv: chartCsv(spec),
      xlsx,
      description: spec.description,
      periods: spec.stamp.periods,
      ...(png && { png }),
      ...(slidePng && { slidePng }),
      ...(drawn && images.svg && { svg: drawn.svg }),
    });
  }
  return charts;
}
