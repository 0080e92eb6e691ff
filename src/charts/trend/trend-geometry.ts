/** A point on screen, or undefined where a period has no value. */
export type ScreenPoint = readonly [x: number, y: number] | undefined;

const xy = (x: number, y: number) => `${x.toFixed(1)},${y.toFixed(1)}`;

/** A line through the points, lifted at every gap: a missing period is never bridged. */
export function linePath(points: readonly ScreenPoint[]): string {
  let pen = 'M';
  let d = '';
  for (const p of points) {
    if (!p) {
      pen = 'M';
      continue;
    }
    d += `${pen}${xy(p[0], p[1])}`;
    pen = 'L';
  }
  return d;
}

/** A band between upper and lower limits, one closed shape per run of periods that have both. */
export function bandPath(
  limits: readonly (readonly [x: number, upper: number, lower: number] | undefined)[],
): string {
  const runs: (readonly [number, number, number])[][] = [[]];
  for (const l of limits) {
    if (l) runs[runs.length - 1]!.push(l);
    else if (runs[runs.length - 1]!.length) runs.push([]);
  }
  return runs
    .filter((run) => run.length > 0)
    .map((run) => {
      const top = run.map(([x, upper]) => xy(x, upper));
      const bottom = [...run].reverse().map(([x, , lower]) => xy(x, lower));
      return `M${[...top, ...bottom].join('L')}Z`;
    })
    .join('');
}

/** Average advance of a 12px Arial character, with room between labels, for spacing ticks. */
const CHAR_WIDTH = 7;
const LABEL_GAP = 12;

/**
 * Which period labels fit under an axis `step` pixels per period apart: every k-th from the
 * first, so none overlap, and always the last (the latest period is the one people look for),
 * dropping a k-th label too close to it. Text is not measured, so the same labels come out on
 * every platform and in tests.
 */
export function thinnedLabelIndices(labels: readonly string[], step: number): number[] {
  const n = labels.length;
  if (n === 0) return [];
  const widest = Math.max(...labels.map((l) => l.length)) * CHAR_WIDTH + LABEL_GAP;
  const every = Math.max(1, Math.ceil(widest / Math.max(step, 1)));
  const shown: number[] = [];
  for (let i = 0; i < n - 1; i += every) if (n - 1 - i >= every) shown.push(i);
  shown.push(n - 1);
  return shown;
}

/**
 * Where to centre a label under a tick so it stays inside the chart: a long first or last period
 * label (say "2024-25 (2024-04-01 to 2025-03-31)") is moved in from the edge rather than cut.
 */
export function labelCentre(x: number, label: string, chartWidth: number): number {
  const half = (label.length * CHAR_WIDTH) / 2;
  return Math.min(Math.max(x, half), Math.max(half, chartWidth - half));
}
