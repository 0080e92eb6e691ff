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
