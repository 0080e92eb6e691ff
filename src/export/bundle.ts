import { strToU8, zipSync, type Zippable } from 'fflate';
import { OGL_NOTICE, OGL_URL } from '../domain';
import type { SavedChart, SavedSnapshot } from '../data/snapshots/snapshot-storage';
import type { SnapshotFile } from '../data/snapshots/snapshot-schema';
import { fileSlug } from './file-name';

const OGL = `${OGL_NOTICE} Licence: ${OGL_URL}`;

const METHODS = [
  'Compared with England or London: an area is better or worse (higher or lower, for indicators with no judgement) when its 95% or 99.8% confidence interval lies wholly on one side of the benchmark value, and similar when it includes it, as OHID Fingertips does.',
  'Intervals are the publisher\'s where published; otherwise computed from counts (Wilson for percentages, exact Poisson or Byar\'s for rates and ratios) and marked "computed".',
  'Where no interval exists, areas are not compared: they are placed in fifths of London (quintiles), which says where an area sits, not whether it differs.',
  "Nothing is estimated or filled in: missing and suppressed values stay missing with the publisher's reason.",
];

/** The README of a bundle: what it shows, how, from where, under which licence, and a link back. */
function bundleReadme(
  snapshot: SnapshotFile,
  charts: readonly SavedChart[],
  permalink: string,
): string {
  const lines = [
    `London Mental Health Variation Atlas: ${snapshot.name}`,
    `Saved ${snapshot.savedAt}. Data version ${snapshot.dataVersion}. Atlas version ${snapshot.appVersion}.`,
    `Reopen this view: ${permalink}`,
    'Or open snapshot.json in the Atlas ("Snapshots", then "Open snapshot file").',
    '',
    'What it shows',
    ...charts.flatMap((c, i) => [
      `${i + 1}. ${c.title}`,
      `   ${c.subtitle}`,
      `   Files: ${chartFiles(i, c).join(', ')}`,
    ]),
    '',
    'Methods in plain English',
    ...METHODS.map((m) => `- ${m}`),
    '',
    'Sources',
    ...[...new Set(charts.map((c) => c.source))].map((s) => `- ${s}`),
    '',
    'Licence and attribution',
    OGL,
    '',
  ];
  return lines.join('\r\n');
}

/** A chart's files' name in the zip: its place in the view, then what it shows. */
const zipBase = (i: number, chart: Pick<SavedChart, 'fileBase'>) =>
  `${String(i + 1).padStart(2, '0')}-${chart.fileBase}`;

/** The names of a chart's files in the zip, as the README lists them. */
const chartFiles = (i: number, chart: SavedChart) =>
  [chart.png && 'png', chart.svg && 'svg', 'csv', chart.xlsx && 'xlsx']
    .filter(Boolean)
    .map((ext) => `${zipBase(i, chart)}.${ext}`);

/**
 * Files of one snapshot inside a zip: each chart as PNG, SVG, CSV and XLSX, plus the snapshot
 * JSON.
 */
function snapshotFiles(
  snapshot: SnapshotFile,
  charts: readonly SavedChart[],
  pngs: readonly (Uint8Array | undefined)[],
  workbooks: readonly (Uint8Array | undefined)[],
): Zippable {
  const files: Zippable = { 'snapshot.json': strToU8(JSON.stringify(snapshot, null, 2)) };
  charts.forEach((chart, i) => {
    const base = zipBase(i, chart);
    files[`${base}.csv`] = strToU8(chart.csv);
    const png = pngs[i];
    if (png) files[`${base}.png`] = [png, { level: 0 }]; // PNG is compressed already
    if (chart.svg) files[`${base}.svg`] = strToU8(chart.svg);
    const xlsx = workbooks[i];
    if (xlsx) files[`${base}.xlsx`] = [xlsx, { level: 0 }]; // a workbook is a zip already
  });
  return files;
}

const bytes = async (blob: Blob | undefined) =>
  blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;

/** One comparison as a zip: every chart as PNG, SVG, CSV and XLSX, README.txt, snapshot.json. */
export async function buildBundle(
  snapshot: SnapshotFile,
  charts: readonly SavedChart[],
  permalink: string,
): Promise<Uint8Array> {
  const pngs = await Promise.all(charts.map((c) => bytes(c.png)));
  const workbooks = await Promise.all(charts.map((c) => bytes(c.xlsx)));
  return zipSync({
    ...snapshotFiles(snapshot, charts, pngs, workbooks),
    'README.txt': strToU8(bundleReadme(snapshot, charts, permalink)),
  });
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * Several saved snapshots as one zip with a printable index page: each comparison's charts,
 * names, dates, data versions, sources and links back, the evidence a commissioner and its
 * providers look at together. Every text from data or users is escaped: none becomes markup.
 */
export async function buildBoardPack(
  snapshots: readonly SavedSnapshot[],
  appUrl: string,
): Promise<Uint8Array> {
  const files: Zippable = {};
  const sections: string[] = [];
  for (const [i, saved] of snapshots.entries()) {
    const folder = `${String(i + 1).padStart(2, '0')}-${fileSlug(saved.file.name) || 'snapshot'}`;
    const pngs = await Promise.all(saved.charts.map((c) => bytes(c.png)));
    const workbooks = await Promise.all(saved.charts.map((c) => bytes(c.xlsx)));
    const own = snapshotFiles(saved.file, saved.charts, pngs, workbooks);
    for (const [name, content] of Object.entries(own)) files[`${folder}/${name}`] = content;
    const link = `${appUrl}${saved.file.search}`;
    const charts = saved.charts
      .map((c, j) => {
        const base = `${folder}/${zipBase(j, c)}`;
        return `<figure><h3>${escapeHtml(c.title)}</h3><p class="sub">${escapeHtml(c.subtitle)}</p>${
          pngs[j] ? `<img src="${escapeHtml(base)}.png" alt="${escapeHtml(c.title)}">` : ''
        }<p class="src">${escapeHtml(c.source)} Data: <a href="${escapeHtml(base)}.csv">CSV</a>${
          c.xlsx ? `, <a href="${escapeHtml(base)}.xlsx">XLSX</a>` : ''
        }.</p></figure>`;
      })
      .join('');
    sections.push(
      `<section><h2>${i + 1}. ${escapeHtml(saved.file.name)}</h2><p class="meta">Saved ${escapeHtml(saved.file.savedAt.slice(0, 16).replace('T', ' '))} · data version ${escapeHtml(saved.file.dataVersion)} · <a href="${escapeHtml(link)}">open in the Atlas</a></p>${charts}</section>`,
    );
  }
  const index = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Board pack: London Mental Health Variation Atlas</title><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"><style>body{font-family:Arial,Helvetica,sans-serif;margin:2rem;color:#0b0c0c;max-width:60rem}h1{font-size:1.6rem}section{break-after:page;margin-bottom:2rem}figure{margin:1rem 0}img{max-width:100%;border:1px solid #ccc}.sub,.meta,.src{color:#505a5f;font-size:.9rem}@media print{a{color:inherit}}</style></head><body><h1>Board pack: London Mental Health Variation Atlas</h1><p>${snapshots.length} saved comparison${snapshots.length === 1 ? '' : 's'}. ${escapeHtml(OGL)}</p><ol>${snapshots.map((s) => `<li>${escapeHtml(s.file.name)}</li>`).join('')}</ol>${sections.join('')}</body></html>`;
  files['index.html'] = strToU8(index);
  return zipSync(files);
}
