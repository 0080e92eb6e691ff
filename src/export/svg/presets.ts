/**
 * Where an exported image goes. Sizes are in points at the size the image is placed (one SVG
 * unit = 1 pt), so a 9-unit label prints at 9 pt; the PNG is drawn at `dpi` and says so.
 */
export interface ImagePreset {
  readonly key: ImagePresetKey;
  readonly label: string;
  readonly width: number;
  /** Undefined: as tall as the chart needs (the screen size). */
  readonly height?: number;
  readonly dpi: number;
}

export type ImagePresetKey = 'slide' | 'half-a4' | 'a4' | 'screen';

export const IMAGE_PRESETS: Readonly<Record<ImagePresetKey, ImagePreset>> = {
  // A 16:9 slide is 13.33 × 7.5 in: 960 × 540 pt; drawn at 144 dpi, 1920 × 1080 pixels.
  slide: { key: 'slide', label: 'Slide 16:9', width: 960, height: 540, dpi: 144 },
  // A4's text width with 25 mm margins is 160 mm (453 pt); half the text height is 120 mm.
  'half-a4': { key: 'half-a4', label: 'Half A4 page', width: 453, height: 340, dpi: 300 },
  a4: { key: 'a4', label: 'Full A4 page', width: 453, height: 680, dpi: 300 },
  screen: { key: 'screen', label: 'Screen size', width: 900, dpi: 192 },
};

/** The chart's area on a board-pack slide: below its title, above its source line. */
export const SLIDE_PLOT: ImagePreset = {
  key: 'slide',
  label: 'Slide chart area',
  width: 900,
  height: 390,
  dpi: 144,
};

/** The smallest text an exported image may have at its placed size, in points. */
export const MINIMUM_TEXT = 9;

/** A4 with 12 mm margins, as the Print button lays out a view's main comparison. */
export const PRINT_PORTRAIT: ImagePreset = {
  key: 'a4',
  label: 'A4 portrait',
  width: 527,
  height: 760,
  dpi: 300,
};
export const PRINT_LANDSCAPE: ImagePreset = {
  key: 'a4',
  label: 'A4 landscape',
  width: 770,
  height: 510,
  dpi: 300,
};

/**
 * What the export preview says of an image beyond its pixels: the smallest text at its placed
 * size, and why an image is taller than its preset (9 pt text kept) or why a size is too small.
 */
export function sizeNote(
  drawn: { readonly height: number; readonly smallestPlotText: number },
  preset: ImagePreset,
): string {
  const text = Math.min(drawn.smallestPlotText, MINIMUM_TEXT);
  const smallest = `Smallest text ${text.toFixed(1)} pt where placed at this size.`;
  if (text < MINIMUM_TEXT - 0.05)
    return `${smallest} That is under ${MINIMUM_TEXT} pt: too many rows or columns for this size; a wider size keeps it larger.`;
  if (preset.height !== undefined && drawn.height > preset.height + 0.5)
    return `${smallest} ${Math.round(drawn.height)} pt tall, not ${preset.height}: taller than ${preset.label} so that no text is under ${MINIMUM_TEXT} pt.`;
  return smallest;
}
