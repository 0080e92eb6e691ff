import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rules a planted file breaks, as ESLint reports them. */
async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

/** Planted files for the cycle rule, which needs two real modules; removed afterwards. */
const plantedDir = join(root, 'src/model/__planted_cycle__');
afterAll(() => rmSync(plantedDir, { recursive: true, force: true }));

describe('lint rules match the architecture: each catches its planted violation', () => {
  it('layers are one-way: statistics may not import the store', async () => {
    expect(
      await broken(
        'src/stats/planted.ts',
        "import { useSelectionStore } from '../state/selection-store';\nexport const x = useSelectionStore;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('no view imports another view', async () => {
    expect(
      await broken(
        'src/views/overview/planted.ts',
        "import { ParityView } from '../parity/parity-view';\nexport const x = ParityView;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('charts never import export, components never import the model', async () => {
    expect(
      await broken(
        'src/charts/shared/planted.ts',
        "import { chartCsv } from '../../export/csv';\nexport const x = chartCsv;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await broken(
        'src/components/planted.ts',
        "import { compareAreas } from '../model/compare-areas';\nexport const x = compareAreas;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('the query hooks in data/ may use React but never a store', async () => {
    const rules = await broken(
      'src/data/use-planted.ts',
      "import { useMemo } from 'react';\nimport { useSelectionStore } from '../state/selection-store';\nexport const x = [useMemo, useSelectionStore];\n",
    );
    expect(rules).toEqual(['no-restricted-imports']);
  });

  it('stats and model are pure: no page, clock or chance', async () => {
    const rules = await broken(
      'src/model/planted.ts',
      'export const a = Math.random();\nexport const b = Date.now();\nexport const c = new Date();\nexport const d = document.title;\n',
    );
    expect(rules).toEqual(
      expect.arrayContaining([
        'no-restricted-properties',
        'no-restricted-syntax',
        'no-restricted-globals',
      ]),
    );
    expect(rules).toHaveLength(4);
  });

  it('two modules that import each other are a cycle', async () => {
    mkdirSync(plantedDir, { recursive: true });
    writeFileSync(
      join(plantedDir, 'a.ts'),
      "import { b } from './b';\nexport const a = () => b();\n",
    );
    writeFileSync(
      join(plantedDir, 'b.ts'),
      "import { a } from './a';\nexport const b = () => a;\n",
    );
    const [result] = await eslint.lintFiles([join(plantedDir, 'a.ts')]);
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });

  it('a test that asserts nothing is refused', async () => {
    expect(
      await broken(
        'test/planted.test.ts',
        "import { it } from 'vitest';\nit('does nothing', () => {\n  void 0;\n});\n",
      ),
    ).toContain('vitest/expect-expect');
  });
});
