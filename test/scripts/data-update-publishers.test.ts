import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/data/catalogue';
import { rehost, runDataUpdate } from '../../scripts/update/run-data-update';
import { hasShared, sharedPath } from '../setup/shared-data';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const originals = sharedPath('data', 'raw', 'original-formats');
const work = mkdtempSync(join(tmpdir(), 'atlas-publishers-'));

/**
 * A local stand-in for the publishers: it answers the catalogue's download addresses with the
 * publishers' own files, unmodified, from ../shared/data/raw/original-formats (read there, never
 * copied). The Fingertips API answers with London's export for the indicators that export holds;
 * ONS Explore Local Statistics with each dataset's CSV and JSON. Anything else is a 404, as an
 * unreachable or changed publisher would be.
 */
function publisherFile(path: string, query: URLSearchParams): string | undefined {
  if (path === '/fingertips.phe.org.uk/api/all_data/csv/by_indicator_id') {
    const inExport = ['41001', '91390', '91393', '91404', '91430'];
    return inExport.includes(query.get('indicator_ids') ?? '')
      ? join(originals, 'fingertips-export', 'indicators-CountyUA.data london.csv')
      : undefined;
  }
  const els = path.match(
    /^\/raw\.githubusercontent\.com\/ONSdigital\/explore-local-statistics-data\/main\/([a-z-]+)\/\1\.(csv|json)$/,
  );
  const file = els && join(originals, 'ons-explore-local-statistics', `${els[1]}.${els[2]}`);
  return file && existsSync(file) ? file : undefined;
}

let server: Server;
let origin = '';
const asked: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    asked.push(url.pathname + url.search);
    const file = publisherFile(decodeURIComponent(url.pathname), url.searchParams);
    if (!file) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': 'text/csv' }).end(readFileSync(file));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run data:update from the publishers (a local server with their real files)', () => {
  it('keeps the publisher host as the first path segment on a mirror', () => {
    expect(
      rehost('https://fingertips.phe.org.uk/api/x?indicator_ids=848&y=1', 'http://127.0.0.1:9/'),
    ).toBe('http://127.0.0.1:9/fingertips.phe.org.uk/api/x?indicator_ids=848&y=1');
  });

  it.runIf(hasShared(originals))(
    "downloads every entry's address with the real fetch, adds what it finds and records what it could not reach",
    { timeout: 180_000 },
    async () => {
      const out = join(work, 'local');
      const report = await runDataUpdate({
        repoRoot,
        out,
        today: '2026-12-07',
        log: () => {},
        publishersAt: origin,
      });
      const bundled = parseCatalogue(
        JSON.parse(readFileSync(join(repoRoot, 'data', 'catalogue.json'), 'utf8')),
      );
      // Every Fingertips entry is asked for by its id, each ONS dataset once, with its metadata.
      for (const indicator of bundled.indicators.filter(
        (i) => i.fingertipsId && i.source.downloadUrl?.includes('fingertips'),
      ))
        expect(asked).toContain(
          `/fingertips.phe.org.uk/api/all_data/csv/by_indicator_id?indicator_ids=${indicator.fingertipsId}&child_area_type_id=502`,
        );
      expect(asked).toContain(
        '/raw.githubusercontent.com/ONSdigital/explore-local-statistics-data/main/healthy-life-expectancy/healthy-life-expectancy.json',
      );
      expect(
        asked.filter((a) =>
          a.endsWith('personal-wellbeing-estimates/personal-wellbeing-estimates.csv'),
        ),
      ).toHaveLength(1);
      // What the publishers answered was read with no rejected row...
      expect(report.files.flatMap((f) => Object.keys(f.rejected))).toEqual([]);
      expect(report.files.map((f) => f.file)).toEqual(
        expect.arrayContaining([
          'https://raw.githubusercontent.com/ONSdigital/explore-local-statistics-data/main/healthy-life-expectancy/healthy-life-expectancy.csv',
        ]),
      );
      // ...suicide by age, which only the publisher's export holds, is added...
      const catalogue = parseCatalogue(
        JSON.parse(readFileSync(join(out, 'catalogue.json'), 'utf8')),
      );
      expect(catalogue.indicators.map((i) => i.id)).toEqual(
        expect.arrayContaining(['fingertips-91390', 'fingertips-91393', 'fingertips-91430']),
      );
      // ...and every address that did not answer is named, with nothing already held lost.
      expect(report.failedFiles.map((f) => f.error)).toContain('could not download: HTTP 404');
      expect(catalogue.indicators.length).toBeGreaterThan(bundled.indicators.length);
    },
  );
});
