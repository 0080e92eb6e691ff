import type { DataPoint } from '../../domain';

/** Interned small integers for repeated strings (codes, periods, ages). */
class Interner {
  private readonly ids = new Map<string, number>();
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = this.ids.size));
    return id;
  }
}

const SEX_ID = { Persons: 0, Male: 1, Female: 2 } as const;

/**
 * Finds repeated rows (same indicator, area, period, sex and age) among up to millions of
 * points. Keys are two small integers (V8 "Smis", below 2^30, so no allocation per row):
 * indicator and period outside, sex, age and area inside. Far cheaper than a million string
 * keys; anything beyond the bounds falls back to a string key.
 */
export class DuplicateIndex {
  private readonly indicators = new Interner();
  /** Keyed by object: the row mapper reuses one Period object per distinct label. */
  private readonly periods = new Map<object, number>();
  private readonly ages = new Interner();
  private readonly codes = new Interner();
  private readonly packed = new Map<number, Map<number, number | null>>();
  private readonly strings = new Map<string, number | null>();

  /** undefined for a new row, otherwise the value already seen for the same row. */
  check(point: DataPoint): number | null | undefined {
    const indicator = this.indicators.id(point.indicatorId);
    let period = this.periods.get(point.period);
    if (period === undefined) this.periods.set(point.period, (period = this.periods.size));
    const age = this.ages.id(point.age);
    const code = this.codes.id(point.code);
    if (indicator < 16384 && period < 16384 && age < 64 && code < 131072) {
      const outer = indicator * 16384 + period;
      const inner = (SEX_ID[point.sex] * 64 + age) * 131072 + code;
      let byRow = this.packed.get(outer);
      if (!byRow) this.packed.set(outer, (byRow = new Map()));
      const earlier = byRow.get(inner);
      if (earlier === undefined) byRow.set(inner, point.value);
      return earlier;
    }
    const key = `${point.indicatorId}\u0001${point.code}\u0001${point.period.label}\u0001${point.sex}\u0001${point.age}`;
    const earlier = this.strings.get(key);
    if (earlier === undefined) this.strings.set(key, point.value);
    return earlier;
  }
}
