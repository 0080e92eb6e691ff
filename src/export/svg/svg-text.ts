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

/** Arial's average advance per character, as a share of the font size (measured over English). */
const AVERAGE_ADVANCE = 0.53;

/** About how wide a line of text is, in the units of its font size. */
export const textWidth = (text: string, fontSize: number): number =>
  text.length * fontSize * AVERAGE_ADVANCE;

/**
 * Lines of at most `width` units, broken between words (a word longer than a line is cut with
 * a hyphen). An SVG reader does not wrap text, so the writer must.
 */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const room = Math.max(8, Math.floor(width / (fontSize * AVERAGE_ADVANCE)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > room) {
      if (line) lines.push(line);
      lines.push(`${rest.slice(0, room - 1)}-`);
      rest = rest.slice(room - 1);
      line = '';
    }
    const next = line ? `${line} ${rest}` : rest;
    if (next.length > room) {
      lines.push(line);
      line = rest;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

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
