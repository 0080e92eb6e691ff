import Papa from 'papaparse';

/**
 * How a chart's CSV now differs from the one saved with a snapshot, row by row, rows matched by
 * their first cell (the area or organisation code): changed, new, and no longer there. Rows
 * that disappeared count as much as rows that changed: "the same values" is said only when
 * every saved row is still there as it was and nothing was added.
 */
export function describeCsvChanges(savedCsv: string, nowCsv: string): string {
  const rows = (csv: string) =>
    Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim(), { skipEmptyLines: true }).data;
  const [thenHeader, ...then] = rows(savedCsv);
  const [nowHeader, ...now] = rows(nowCsv);
  if (JSON.stringify(thenHeader) !== JSON.stringify(nowHeader))
    return 'The first chart now has different columns from when the snapshot was saved.';
  const byKey = (list: string[][]) => new Map(list.map((r) => [r[0] ?? '', JSON.stringify(r)]));
  const before = byKey(then);
  const after = byKey(now);
  const changed = [...after].filter(([k, line]) => before.has(k) && before.get(k) !== line).length;
  const added = [...after.keys()].filter((k) => !before.has(k)).length;
  const removed = [...before.keys()].filter((k) => !after.has(k)).length;
  if (changed + added + removed === 0)
    return 'The first chart shows the same values as when it was saved.';
  const parts = [
    changed > 0 &&
      `${changed} ${changed === 1 ? 'row differs' : 'rows differ'} (values, intervals or verdicts)`,
    added > 0 && `${added} ${added === 1 ? 'row is' : 'rows are'} new`,
    removed > 0 && `${removed} ${removed === 1 ? 'row is' : 'rows are'} no longer there`,
  ].filter(Boolean);
  return `Since it was saved, ${parts.join(', ')}: ${then.length} rows then, ${now.length} now.`;
}
