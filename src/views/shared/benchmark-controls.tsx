import { SelectField } from '../../components/select-field';
import { BENCHMARKS, type BenchmarkKey } from '../../domain';
import { useSelectionStore } from '../../state/selection-store';
import { CI_LEVELS, type CiLevel } from '../../state/url-state';

/** Benchmark (England / London) and CI level pickers, shared by every view; both in the URL. */
export function BenchmarkControls() {
  const benchmark = useSelectionStore((s) => s.benchmark);
  const ci = useSelectionStore((s) => s.ci);
  const setBenchmark = useSelectionStore((s) => s.setBenchmark);
  const setCi = useSelectionStore((s) => s.setCi);
  return (
    <>
      <SelectField<BenchmarkKey>
        label="Benchmark"
        value={benchmark}
        options={(Object.keys(BENCHMARKS) as BenchmarkKey[]).map((b) => ({
          value: b,
          label: BENCHMARKS[b],
        }))}
        onChange={setBenchmark}
      />
      <SelectField<CiLevel>
        label="Confidence level"
        value={ci}
        options={CI_LEVELS.map((c) => ({ value: c, label: `${c}%` }))}
        onChange={setCi}
      />
    </>
  );
}
