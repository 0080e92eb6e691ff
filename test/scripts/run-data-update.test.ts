import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/data/catalogue';
import { describeDataVersion } from '../../src/data/describe-data-version';
import { runDataUpdate } from '../../scripts/update/run-data-update';
import { hasShared } from '../setup/shared-data';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const rawDir = resolve(repoRoot, '..', 'shared', 'data', 'raw');
const work = mkdtempSync(join(tmpdir(), 'atlas-update-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each run reads and rewrites the whole bundle (68 indicators, every England provider): about
// 2 s on an idle 2-core machine, several times that on a loaded one.
const RUN_TIMEOUT = { timeout: 120_000 };

describe('npm run data:update', RUN_TIMEOUT, () => {
  it.runIf(hasShared(rawDir))(
    '--source ../shared/data/raw loads every file into a self-contained local folder',
    async () => {
      const out = join(work, 'from-raw');
      const report = await runDataUpdate({
        repoRoot,
        source: rawDir,
        out,
        today: '2026-11-22',
        log: () => {},
      });
      expect(report.failedFiles).toEqual([]);
      expect(report.files).toHaveLength(49);
      expect(report.files.flatMap((f) => Object.keys(f.rejected))).toEqual([]);
      const catalogue = parseCatalogue(
        JSON.parse(readFileSync(join(out, 'catalogue.json'), 'utf8')),
      );
      // What a reader sees names no folder; the report, for whoever ran the update, does.
      expect(catalogue.updatedFrom).toBe("local copies of the publishers' files");
      expect(report.source).toBe('files in shared/data/raw');
      const ids = catalogue.indicators.map((i) => i.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          'fingertips-91096',
          'fingertips-41001',
          'nhstt-m192-monthly',
          'qof-depression-ccg',
          'shmi-acute',
        ]),
      );
      for (const indicator of catalogue.indicators)
        expect(existsSync(join(out, indicator.file)), indicator.file).toBe(true);
      expect(existsSync(join(out, catalogue.reference.areas))).toBe(true);
    },
  );

  it('downloads from publisher URLs when no source is given, and reports a failed download without losing data', async () => {
    const out = join(work, 'downloads');
    // The network edge: one synthetic Fingertips answer, every other URL unreachable.
    const fetchFile = async (url: string) => {
      if (url.includes('indicator_ids=848&'))
        return 'Indicator ID,Area Code,Time period,Value\n848,E09000002,2025/26,9.9\n';
      throw new Error('network unreachable');
    };
    const report = await runDataUpdate({
      repoRoot,
      out,
      today: '2026-11-22',
      log: () => {},
      fetchFile,
    });
    expect(report.files.map((f) => f.rowsKept)).toEqual([1]);
    expect(report.failedFiles.length).toBeGreaterThan(0);
    expect(report.failedFiles[0]?.error).toBe('could not download: network unreachable');
    expect(report.changes).toEqual([
      { id: 'fingertips-848', status: 'updated', pointsAdded: 1, pointsReplaced: 0, points: 341 },
    ]);
    const catalogue = parseCatalogue(JSON.parse(readFileSync(join(out, 'catalogue.json'), 'utf8')));
    const bundled = parseCatalogue(
      JSON.parse(readFileSync(join(repoRoot, 'data', 'catalogue.json'), 'utf8')),
    );
    expect(catalogue.indicators.map((i) => i.id)).toEqual(bundled.indicators.map((i) => i.id));
  });
});

describe('npm run data:update, one source after another', RUN_TIMEOUT, () => {
  /** Synthetic Fingertips-layout files made here, not published data. */
  const synthetic = (id: number) =>
    [
      'Indicator ID,Indicator Name,Area Code,Sex,Time period,Value',
      `${id},Synthetic ${id},E09000002,Persons,2024,${id / 1000}`,
      `${id},Synthetic ${id},E92000001,Persons,2024,${id / 1000}`,
    ].join('\n');
  const folderWith = (name: string, id: number) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.csv`), synthetic(id));
    return dir;
  };

  it('adds a second source to the first, and --replace starts afresh', async () => {
    const out = join(work, 'a-then-b');
    const run = (source: string, replace = false) =>
      runDataUpdate({ repoRoot, source, out, today: '2026-11-29', log: () => {}, replace });
    await run(folderWith('source-a', 77771));
    const report = await run(folderWith('source-b', 77772));
    expect(report.addedTo).toBe("Updated from local copies of the publishers' files");
    const ids = () =>
      parseCatalogue(JSON.parse(readFileSync(join(out, 'catalogue.json'), 'utf8'))).indicators.map(
        (i) => i.id,
      );
    expect(ids()).toEqual(expect.arrayContaining(['fingertips-77771', 'fingertips-77772']));
    await run(folderWith('source-c', 77773), true);
    expect(ids()).not.toContain('fingertips-77771');
    expect(ids()).toContain('fingertips-77773');
    // Written to a new folder and swapped in: nothing half-written is left beside it.
    expect(
      readdirSync(work).filter((n) => n.includes('.writing-') || n.includes('.previous-')),
    ).toEqual([]);
  });

  it('stops on a broken file before writing anything, unless told to keep going', async () => {
    const out = join(work, 'broken-among-good');
    const run = (source: string, keepGoing = false) =>
      runDataUpdate({ repoRoot, source, out, today: '2026-11-29', log: () => {}, keepGoing });
    await run(folderWith('good-first', 77774));
    const before = readFileSync(join(out, 'catalogue.json'), 'utf8');
    const mixed = folderWith('good-and-broken', 77775);
    writeFileSync(join(mixed, 'broken.csv'), Buffer.from([0, 1, 2, 3, 0x50, 0x4b]));
    await expect(run(mixed)).rejects.toMatchObject({
      name: 'UpdateNotWritten',
      exitCode: 1,
      message: expect.stringMatching(/1 file\(s\) could not be read .*Nothing was changed/),
    });
    expect(readFileSync(join(out, 'catalogue.json'), 'utf8')).toBe(before);

    await run(mixed, true);
    const catalogue = parseCatalogue(JSON.parse(readFileSync(join(out, 'catalogue.json'), 'utf8')));
    expect(catalogue.failedFiles).toEqual(['broken.csv']);
    expect(describeDataVersion(catalogue)).toMatch(
      /; 1 file could not be read and was skipped: broken\.csv$/,
    );
    expect(catalogue.indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining(['fingertips-77774', 'fingertips-77775']),
    );
  });

  it('refuses a source folder that loops back on itself, or a .csv that is a device, naming the path', async () => {
    const looping = folderWith('looping', 77778);
    symlinkSync(looping, join(looping, 'back-to-the-top'));
    const run = (source: string) =>
      runDataUpdate({
        repoRoot,
        source,
        out: join(work, 'never-2'),
        today: '2026-11-29',
        log: () => {},
      });
    await expect(run(looping)).rejects.toMatchObject({
      name: 'UpdateNotWritten',
      exitCode: 2,
      message: expect.stringMatching(
        /looping\/back-to-the-top leads back to .*a symbolic link loops/,
      ),
    });
    const device = folderWith('device', 77779);
    symlinkSync('/dev/zero', join(device, 'zero.csv'));
    await expect(run(device)).rejects.toMatchObject({
      message: expect.stringMatching(/device\/zero\.csv is not a regular file/),
    });
    expect(existsSync(join(work, 'never-2'))).toBe(false);
  });

  it('names two files that disagree on a row, and a replaced England value with the verdicts it flips', async () => {
    // Synthetic files: two give Barking and Dagenham different 2024/25 depression figures, and a
    // third an England value far from the published 14.3.
    const dir = join(work, 'disagreeing');
    mkdirSync(dir, { recursive: true });
    const row = (code: string, value: number) =>
      `Indicator ID,Area Code,Time period,Value\n848,${code},2024/25,${value}\n`;
    writeFileSync(join(dir, 'a.csv'), row('E09000002', 9.9));
    writeFileSync(join(dir, 'b.csv'), row('E09000002', 8.8));
    writeFileSync(join(dir, 'c.csv'), row('E92000001', 5));
    const report = await runDataUpdate({
      repoRoot,
      source: dir,
      out: join(work, 'disagreeing-out'),
      today: '2026-12-07',
      log: () => {},
    });
    expect(report.conflicts).toEqual([
      {
        id: 'fingertips-848',
        code: 'E09000002',
        period: '2024/25',
        sex: 'Persons',
        kept: { file: 'b.csv', value: 8.8 },
        replaced: { file: 'a.csv', value: 9.9 },
      },
    ]);
    expect(report.benchmarkChanges).toHaveLength(1);
    expect(report.benchmarkChanges[0]).toMatchObject({
      code: 'E92000001',
      before: 14.3,
      after: 5,
      file: 'c.csv',
      // Barking and Dagenham's row is now the file's, without an interval.
      compared: 32,
    });
    // Every borough was below 14.3 and is above 5: each verdict changes.
    expect(report.benchmarkChanges[0]?.flipped).toBe(32);
  });

  it('changes nothing when the source folder holds no CSV file', async () => {
    const empty = join(work, 'empty-source');
    mkdirSync(empty, { recursive: true });
    await expect(
      runDataUpdate({
        repoRoot,
        source: empty,
        out: join(work, 'never'),
        today: '2026-11-29',
        log: () => {},
      }),
    ).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('no CSV files') });
    expect(existsSync(join(work, 'never'))).toBe(false);
  });

  it.runIf(hasShared(rawDir))(
    'leaves a complete data folder when the run is killed part way, whenever that happens',
    async () => {
      const out = join(work, 'interrupted');
      await runDataUpdate({
        repoRoot,
        source: folderWith('before-kill', 77776),
        out,
        today: '2026-11-29',
        log: () => {},
      });
      for (const after of [300, 900, 1600]) {
        const child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            'scripts/data-update.ts',
            '--source',
            rawDir,
            '--out',
            out,
            '--replace',
          ],
          { cwd: repoRoot, stdio: 'ignore' },
        );
        const exited = new Promise((r) => child.once('exit', r));
        await Promise.race([exited, new Promise((r) => setTimeout(r, after))]);
        child.kill('SIGKILL');
        await exited;
        // Whatever was killed, data/local is the old folder or the new one, each complete.
        const catalogue = parseCatalogue(
          JSON.parse(readFileSync(join(out, 'catalogue.json'), 'utf8')),
        );
        for (const indicator of catalogue.indicators)
          expect(existsSync(join(out, indicator.file)), indicator.file).toBe(true);
      }
    },
    60_000,
  );
});
