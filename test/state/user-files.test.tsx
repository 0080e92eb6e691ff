import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createStore, setMany } from 'idb-keyval';
import { deleteUserDataset } from '../../src/data/user-files/user-file-storage';
import { useNoticesStore } from '../../src/state/notices-store';
import { useUserDataStore } from '../../src/state/user-data-store';

/** A synthetic Fingertips-layout file: `tag` makes each file's content (and hash) its own. */
const syntheticFile = (name: string, tag: number) =>
  new File(
    [
      [
        'Indicator ID,Indicator Name,Area Code,Area Name,Sex,Time period,Value',
        `77777,Synthetic test rate,E09000001,B1,Persons,2024,${tag}`,
        `77777,Synthetic test rate,E92000001,England,Persons,2024,${tag + 1}`,
      ].join('\n'),
    ],
    name,
    { type: 'text/csv' },
  );
const context = { indicators: [], boroughCodes: ['E09000001'] };
const store = () => useUserDataStore.getState();

/** What a new page would show: the store emptied, then the saved files read back. */
async function reload() {
  useUserDataStore.setState({ datasets: [], hydrated: false, status: { kind: 'idle' } });
  await store().hydrate();
}

describe("a user's saved files", () => {
  it('keeps both of two files with the same name loaded at once', async () => {
    await Promise.all([
      store().load(syntheticFile('same-name.csv', 1), context),
      store().load(syntheticFile('same-name.csv', 2), context),
    ]);
    expect(store().datasets.map((d) => d.fileName)).toEqual(['same-name.csv', 'same-name.csv']);
    const ids = store().datasets.map((d) => d.id);
    expect(new Set(ids).size).toBe(2);
    await reload();
    expect(
      store()
        .datasets.map((d) => d.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('reads a Windows-1252 file (as Excel saves it) with its accents, and says so', async () => {
    const csv = [
      'Indicator ID,Indicator Name,Area Code,Area Name,Sex,Time period,Value',
      '77777,Synthetic café rate,E09000001,B1,Persons,2024,5',
    ].join('\n');
    const bytes = new Uint8Array([...csv].map((c) => c.charCodeAt(0)));
    await store().load(new File([bytes], 'excel-export.csv'), context);
    const dataset = store().datasets[0]!;
    expect(dataset.indicators[0]?.name).toBe('Synthetic café rate (your file)');
    expect(dataset.report.notes[0]).toMatch(
      /^excel-export\.csv is not UTF-8; it was read as Windows-1252/,
    );
  });

  it('says a header-only file has no data rows, and names where rows were left out', async () => {
    await store().load(
      new File(['Indicator ID,Area Code,Time period,Value\n'], 'header-only.csv'),
      context,
    );
    expect(store().status).toMatchObject({
      kind: 'failed',
      message: 'the file has a header row but no data rows',
    });
    await store().load(
      new File(
        ['Indicator ID,Area Code,Time period,Value\n77777,E09000099,2024,5\n'],
        'unknown-code.csv',
      ),
      context,
    );
    expect(store().status).toMatchObject({
      kind: 'failed',
      message:
        'the file has no rows for London boroughs, London, England or providers; left out: London borough code not recognised (first: row 2, column "Area Code" (E09000099))',
    });
    expect(store().datasets).toEqual([]);
  });

  it('reports a saved record it cannot read, skips it, and shows the rest', async () => {
    await store().load(syntheticFile('good.csv', 3), context);
    await setMany(
      [['broken', { id: 'broken', fileName: 'broken.csv', indicators: 'not a list' }]],
      createStore('london-mh-atlas-datasets', 'datasets'),
    );
    await reload();
    expect(store().datasets.map((d) => d.fileName)).toEqual(['good.csv']);
    expect(useNoticesStore.getState().notices.join(' ')).toMatch(
      /could not be read and is not shown: broken\.csv \(loadedAt: /,
    );
  });

  it('always stores exactly the files the user kept, whatever the order of loads, removals and reloads', async () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('load' as const), name: fc.constantFrom('a.csv', 'b.csv') }),
      fc.record({ kind: fc.constant('remove' as const), which: fc.nat(5) }),
      fc.record({ kind: fc.constant('reload' as const) }),
    );
    let tag = 100;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 8 }), async (actions) => {
        vi.stubGlobal('indexedDB', new IDBFactory());
        useUserDataStore.setState({ datasets: [], hydrated: false, status: { kind: 'idle' } });
        const kept: string[] = [];
        const loads: Promise<void>[] = [];
        for (const a of actions) {
          if (a.kind === 'load') {
            // Loads are not awaited one by one: a user may choose and drop files together.
            loads.push(store().load(syntheticFile(a.name, (tag += 10)), context));
            kept.push(a.name);
          } else {
            await Promise.all(loads.splice(0));
            if (a.kind === 'remove') {
              const target = store().datasets[a.which % Math.max(1, store().datasets.length)];
              if (target) {
                await store().remove(target.id);
                kept.splice(kept.indexOf(target.fileName), 1);
              }
            } else await reload();
          }
        }
        await Promise.all(loads);
        await reload();
        expect(
          store()
            .datasets.map((d) => d.fileName)
            .sort(),
        ).toEqual([...kept].sort());
      }),
      { numRuns: 25 },
    );
  });

  it('a file removed in another tab stays removed when this stale tab changes it', async () => {
    await store().load(syntheticFile('removed-elsewhere.csv', 41), context);
    const dataset = store().datasets[0]!;
    // Another tab removes it: this tab's store still lists it.
    await deleteUserDataset(dataset.id);
    useNoticesStore.setState({ notices: [] });
    await store().classify(dataset.id, dataset.indicators[0]!.id, { domain: 'physical' });
    expect(store().datasets).toEqual([]);
    expect(useNoticesStore.getState().notices).toEqual([
      'removed-elsewhere.csv was removed in another tab, so your change was not saved and the file is no longer shown.',
    ]);
    await reload();
    expect(store().datasets).toEqual([]);
  });

  it('stores the same file once when two tabs load it at the same time', async () => {
    await store().load(syntheticFile('first-tab.csv', 42), context);
    // The second tab has not seen the first tab's file, so it does not know its hash.
    useUserDataStore.setState({ datasets: [] });
    await store().load(syntheticFile('second-tab.csv', 42), context);
    expect(store().status).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(
        /already loaded \(as first-tab\.csv, perhaps in another tab\)/,
      ),
    });
    await reload();
    expect(store().datasets.map((d) => d.fileName)).toEqual(['first-tab.csv']);
  });
});
