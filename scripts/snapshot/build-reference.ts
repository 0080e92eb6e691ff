import Papa from 'papaparse';
import { ENGLAND, LONDON, SUB_REGIONS, type SubRegion } from '../../src/domain';
import { FileError, parseCsvText } from '../../src/data/parse-csv';
import { AREA_COLUMNS, ICB_COLUMNS, PROVIDER_COLUMNS } from '../../src/data/reference';

type Read = (path: string) => string;
const toCsv = (columns: readonly string[], rows: Record<string, string | number>[]) =>
  Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) },
    { newline: '\n' },
  ) + '\n';

/** "NHS North Central London Integrated Care Board" → NCL. */
function subRegionOf(icbName: string, file: string): SubRegion {
  const entry = (Object.entries(SUB_REGIONS) as [SubRegion, string][]).find(([, name]) =>
    icbName.toLowerCase().includes(name.toLowerCase()),
  );
  if (!entry) throw new FileError(file, `ICB "${icbName}" is not one of London's five`);
  return entry[0];
}

const isoDate = (yyyymmdd: string) =>
  /^\d{8}$/.test(yyyymmdd)
    ? `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6)}`
    : '';

/** Builds data/reference/*.csv from ../shared/data/snapshot/reference. */
export function buildReference(read: Read) {
  const boroughsFile = 'reference/london_boroughs.csv';
  const tilesFile = 'reference/tile_grid.csv';
  const boroughs = parseCsvText(read(boroughsFile), boroughsFile).rows;
  const tiles = new Map(parseCsvText(read(tilesFile), tilesFile).rows.map((r) => [r.code, r]));

  const areas = boroughs.map((b) => {
    const tile = tiles.get(b.code ?? '');
    if (!tile) throw new FileError(tilesFile, `no tile for ${b.code}`);
    return {
      code: b.code ?? '',
      name: b.name ?? '',
      kind: 'borough',
      sub_region: subRegionOf(b.icb_name ?? '', boroughsFile),
      icb_ods_code: b.icb_ods_code ?? '',
      inner_outer: b.inner_outer_ons_statistical ?? '',
      short_name: tile.short_name_gicentre ?? '',
      tile_row: tile.row ?? '',
      tile_col: tile.col ?? '',
      former_ccg_code: b.former_ccg_code_2013_2021 ?? '',
      former_ccg_name: b.former_ccg_name ?? '',
    };
  });
  areas.push(
    {
      code: LONDON,
      name: 'London',
      kind: 'region',
      sub_region: '' as SubRegion,
      icb_ods_code: '',
      inner_outer: '',
      short_name: 'Ldn',
      tile_row: '',
      tile_col: '',
      former_ccg_code: '',
      former_ccg_name: '',
    },
    {
      code: ENGLAND,
      name: 'England',
      kind: 'country',
      sub_region: '' as SubRegion,
      icb_ods_code: '',
      inner_outer: '',
      short_name: 'Eng',
      tile_row: '',
      tile_col: '',
      former_ccg_code: '',
      former_ccg_name: '',
    },
  );

  const icbsFile = 'reference/london_icbs.csv';
  const icbs = parseCsvText(read(icbsFile), icbsFile).rows.map((r) => ({
    code: r.icb_code ?? '',
    ods_code: r.icb_ods_code ?? '',
    name: r.icb_name ?? '',
    sub_region: subRegionOf(r.icb_name ?? '', icbsFile),
  }));

  const trustsFile = 'reference/london_mh_trusts.csv';
  const codeByName = new Map(areas.map((a) => [a.name.toLowerCase(), a.code]));
  const providers = parseCsvText(read(trustsFile), trustsFile).rows.map((r, i) => {
    // "(specialist; no catchment boroughs)" is a remark, not a borough.
    const served = (r.boroughs_served_london ?? '')
      .replace(/\([^)]*\)/g, '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((name) => {
        const code = codeByName.get(name.toLowerCase());
        if (!code)
          throw new FileError(
            trustsFile,
            `row ${i + 2}: borough "${name}" is not a London borough`,
          );
        return code;
      });
    const successor = /merged into ([A-Z0-9]{3,6})/.exec(r.notes ?? '')?.[1] ?? '';
    return {
      code: r.ods_code ?? '',
      name: r.name_ods ?? '',
      kind: 'mental-health-trust',
      status: r.status ?? '',
      open_date: isoDate(r.ods_open_date ?? ''),
      close_date: isoDate(r.ods_close_date ?? ''),
      boroughs_served: served.join(';'),
      successor,
      note: r.notes ?? '',
    };
  });

  return {
    'reference/areas.csv': toCsv(AREA_COLUMNS, areas),
    'reference/icbs.csv': toCsv(ICB_COLUMNS, icbs),
    'reference/providers.csv': toCsv(PROVIDER_COLUMNS, providers),
  };
}
