/**
 * The floor of the Atlas's stack, for `npm run bench`: React, Recharts and PapaParse drawing one
 * ranked bar chart of the 33 boroughs from the same fetched CSV as the Atlas's default view, and
 * nothing else (no state, no query cache, no statistics, no table, no routing).
 */
import Papa from 'papaparse';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';

interface Row {
  readonly code: string;
  readonly value: number;
}

async function main() {
  const text = await (await fetch('data/indicators/fingertips-90813.csv')).text();
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const rows = parsed.data.filter((r) => r['Area Code']?.startsWith('E09') && r.Value);
  const latest = rows.reduce(
    (p, r) => ((r['Time period'] ?? '') > p ? (r['Time period'] ?? '') : p),
    '',
  );
  const data: Row[] = rows
    .filter((r) => r['Time period'] === latest)
    .map((r) => ({ code: r['Area Code'] ?? '', value: Number(r.Value) }))
    .sort((a, b) => a.value - b.value);
  createRoot(document.getElementById('root')!).render(
    <BarChart layout="vertical" width={900} height={33 * 22 + 70} data={data}>
      <XAxis type="number" />
      <YAxis type="category" dataKey="code" width={120} />
      <Bar dataKey="value" fill="#0072b2" isAnimationActive={false} />
    </BarChart>,
  );
}

void main();
