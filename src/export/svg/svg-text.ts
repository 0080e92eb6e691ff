import { CHART_COLOURS as C } from '../../charts/shared/chart-colours';
/** Text that is safe inside SVG markup: data and users' words never become markup. */
export const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/**
 * Fonts every SVG reader has or substitutes by metrics: Arial on Windows and macOS, Liberation
 * Sans (its metric twin) on Linux, then any sans-serif.
 */
export const FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif";

export interface TextStyle {
  readonly size: number;
  readonly weight?: 'bold';
  readonly fill?: string;
}

/** Lines of text from `y` down, one `<text>` each; returns the markup and the y after them. */
export function textBlock(
  lines: readonly string[],
  x: number,
  y: number,
  style: TextStyle,
): { readonly markup: string; readonly bottom: number } {
  const lineHeight = style.size * 1.3;
  const markup = lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${(y + style.size + i * lineHeight).toFixed(1)}" font-size="${style.size}"${
          style.weight ? ` font-weight="${style.weight}"` : ''
        } fill="${style.fill ?? C.ink}">${escapeXml(line)}</text>`,
    )
    .join('');
  return { markup, bottom: y + lines.length * lineHeight };
}
