/**
 * Notes in the shipped data files are said once per file. A publisher's note is made of
 * segments joined by "; " ("Denominator derived = M076 (51285) minus M179 (3046), per NHS
 * England…; Numerator=M191 (Count_Recovery)"); most repeat on thousands of rows with only the
 * figures changed. Each segment is stored once as a template, its free-standing numbers replaced
 * by "{}", and a row's note is written as references: "0:51285:3046|4". Lossless: the exact digits
 * are kept, and the writer checks every note reads back as written.
 */

const SEGMENT = '; ';
const HOLE = '{}';
/** A number not part of a code such as "M076" or "E09000001". */
const FREE_NUMBER = /(?<![A-Za-z_\d.])\d+(?:\.\d+)?(?![A-Za-z_\d])/g;

export interface NoteTable {
  readonly templates: readonly string[];
  /** The reference cell for each note, in the order given. */
  readonly cells: readonly string[];
}

/** Builds the template table and each note's reference cell; '' stays ''. */
export function compressNotes(notes: readonly (string | undefined)[]): NoteTable {
  const index = new Map<string, number>();
  const templates: string[] = [];
  const cells = notes.map((note) => {
    if (!note) return '';
    return note
      .split(SEGMENT)
      .map((segment) => {
        if (segment.includes(HOLE)) throw new Error(`compressNotes: a note contains "${HOLE}"`);
        const args = segment.match(FREE_NUMBER) ?? [];
        const template = segment.replace(FREE_NUMBER, HOLE);
        let id = index.get(template);
        if (id === undefined) {
          id = templates.push(template) - 1;
          index.set(template, id);
        }
        return [id, ...args].join(':');
      })
      .join('|');
  });
  notes.forEach((note, i) => {
    if ((note ?? '') !== expandNote(cells[i]!, templates))
      throw new Error(`compressNotes: note ${i} does not read back as written`);
  });
  return { templates, cells };
}

/**
 * The note a reference cell stands for, or a reason it cannot be read (an unknown template or
 * the wrong number of figures: a file edited by hand, or cut short).
 */
export function expandNote(cell: string, templates: readonly string[]): string;
export function expandNote(
  cell: string,
  templates: readonly string[],
  onError: (reason: string) => void,
): string | undefined;
export function expandNote(
  cell: string,
  templates: readonly string[],
  onError?: (reason: string) => void,
): string | undefined {
  if (cell === '') return '';
  const segments: string[] = [];
  for (const ref of cell.split('|')) {
    const [id, ...args] = ref.split(':');
    const template = /^\d+$/.test(id ?? '') ? templates[Number(id)] : undefined;
    const parts = template?.split(HOLE);
    if (template === undefined || !parts || parts.length !== args.length + 1) {
      const reason = `note reference "${ref}" does not match the file's note table`;
      if (!onError) throw new Error(reason);
      onError(reason);
      return undefined;
    }
    segments.push(parts.map((part, i) => part + (args[i] ?? '')).join(''));
  }
  return segments.join(SEGMENT);
}
