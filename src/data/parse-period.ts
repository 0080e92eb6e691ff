import type { Period } from '../domain';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** "11" after 2010 → 2011; "03" after 2001 → 2003; a two-digit year never goes back. */
const fullYear = (startYear: number, twoDigits: string) => {
  const century = Math.floor(startYear / 100) * 100;
  const year = century + Number(twoDigits);
  return year < startYear ? year + 100 : year;
};

type Rule = readonly [RegExp, (m: RegExpMatchArray) => Omit<Period, 'label'>];

/**
 * Publishers write periods many ways; each rule turns one way into an ISO start and end.
 * Fingertips uses "/" for financial years (April–March) and "-" for runs of calendar years.
 */
const RULES: readonly Rule[] = [
  // 2024-07-01 to 2024-09-30, also inside a label: "2023/24 (2023-04-01 to 2024-03-31)"
  [
    /(?:^|\()(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})(?:$|\))/,
    (m) => ({ start: m[1], end: m[2] }),
  ],
  // ONS ISO interval: 2011-01-01/P3Y
  [
    /^(\d{4})-(\d{2})-(\d{2})\/P(\d+)Y$/,
    (m) => {
      const [y, mo, d, n] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
      const end = new Date(Date.UTC(y + n, mo - 1, d - 1));
      return { start: iso(y, mo, d), end: end.toISOString().slice(0, 10) };
    },
  ],
  // Financial year 2010/11, or pooled financial years 2009/10 - 11/12
  [
    /^(\d{4})\/(\d{2})(?:\s*-\s*(\d{2})\/(\d{2}))?$/,
    (m) => {
      const start = Number(m[1]);
      const endYear = fullYear(start, m[4] ?? m[2] ?? '');
      return { start: iso(start, 4, 1), end: iso(endYear, 3, 31) };
    },
  ],
  // Calendar years 2001-03 or 2015 - 17
  [
    /^(\d{4})\s*-\s*(\d{2})$/,
    (m) => {
      const start = Number(m[1]);
      return { start: iso(start, 1, 1), end: iso(fullYear(start, m[2] ?? ''), 12, 31) };
    },
  ],
  // 04/2020-03/2021
  [
    /^(\d{2})\/(\d{4})\s*-\s*(\d{2})\/(\d{4})$/,
    (m) => {
      const [m1, y1, m2, y2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
      return { start: iso(y1, m1, 1), end: iso(y2, m2, lastDay(y2, m2)) };
    },
  ],
  // A single calendar year: 2017
  [/^(\d{4})$/, (m) => ({ start: iso(Number(m[1]), 1, 1), end: iso(Number(m[1]), 12, 31) })],
  // A survey year named in words: "NHS Staff Survey 2021 (fieldwork autumn 2021)"
  [
    /^[A-Za-z][A-Za-z ]* ((?:19|20)\d{2})\b/,
    (m) => ({ start: iso(Number(m[1]), 1, 1), end: iso(Number(m[1]), 12, 31) }),
  ],
];

/**
 * ONS writes ISO intervals ("2022-04-01/P1Y"); people read "2022/23", "2022" or "2020 - 22",
 * the way Fingertips labels the same periods, so series from both sources line up.
 */
function readableIsoLabel(start: string, end: string, years: number): string {
  const [y, m] = [Number(start.slice(0, 4)), start.slice(5, 7)];
  const last = Number(end.slice(0, 4));
  if (m === '04' && years === 1) return `${y}/${String(last % 100).padStart(2, '0')}`;
  if (m === '01' && years === 1) return String(y);
  if (m === '01') return `${y} - ${String(last % 100).padStart(2, '0')}`;
  return `${start} to ${end}`;
}

/** Parses a period label; an unrecognised label keeps its text and sorts before dated ones. */
export function parsePeriod(label: string): Period {
  const text = label.trim();
  for (const [pattern, toSpan] of RULES) {
    const match = text.match(pattern);
    if (!match) continue;
    const span = toSpan(match);
    const iso = /^\d{4}-\d{2}-\d{2}\/P(\d+)Y$/.exec(text);
    const readable =
      iso && span.start && span.end ? readableIsoLabel(span.start, span.end, Number(iso[1])) : text;
    return { label: readable, ...span };
  }
  return { label: text };
}
