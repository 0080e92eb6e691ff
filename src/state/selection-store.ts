import { create } from 'zustand';
import type { AreaCode, BenchmarkKey, IndicatorId, Sex } from '../domain';
import {
  DEFAULT_URL_STATE,
  pickUrlState,
  type CiLevel,
  type Dispersion,
  type UrlState,
  type ViewKey,
} from './url-state';

interface SelectionActions {
  replace: (state: UrlState) => void;
  setView: (view: ViewKey) => void;
  /** Choosing an indicator resets period and sex, which belong to the old one. */
  setIndicator: (indicator: IndicatorId) => void;
  setBoroughs: (boroughs: readonly AreaCode[]) => void;
  /**
   * Drops codes a link named that are no London borough. A correction of the link, not a choice:
   * the address is replaced, not pushed, so Back leaves the page (and a link with a thousand such
   * codes is one history entry, not a thousand).
   */
  dropUnknownBoroughs: (known: ReadonlySet<string>) => void;
  /** Whether the next change to the address replaces the current entry (a correction). */
  readonly replaceHistory: boolean;
  toggleBorough: (borough: AreaCode) => void;
  setBenchmark: (benchmark: BenchmarkKey) => void;
  setPeriod: (period: string | undefined) => void;
  setCi: (ci: CiLevel) => void;
  setSex: (sex: Sex | undefined) => void;
  setProfile: (borough: AreaCode) => void;
  /** From a rug cell or a profile row: the indicator view, that indicator, that borough selected. */
  openIndicator: (indicator: IndicatorId, borough?: AreaCode) => void;
  setParityPair: (mental: IndicatorId | undefined, physical: IndicatorId | undefined) => void;
  /** Choosing a measure resets its period, which belongs to the old one. */
  setProviderMeasure: (measure: IndicatorId) => void;
  setProviderPeriod: (period: string | undefined) => void;
  setProviders: (codes: readonly string[]) => void;
  setDispersion: (dispersion: Dispersion) => void;
  /** From a borough profile: the Providers view on a measure with these organisations emphasised. */
  openProviders: (codes: readonly string[], measure?: IndicatorId) => void;
  /** From a chart's source line: that indicator's entry in "Data and methods". */
  openDataEntry: (indicator: IndicatorId) => void;
}

export type SelectionStore = UrlState & SelectionActions;

const sorted = (codes: Iterable<AreaCode>) => [...new Set(codes)].sort();

/** The shareable selection. Mirrored to the URL by useUrlSync. */
export const useSelectionStore = create<SelectionStore>()((set) => ({
  ...DEFAULT_URL_STATE,
  // Every key is written: an absent `indicator` in the URL must clear the old one (back button).
  replace: (state) => set(pickUrlState(state)),
  setView: (view) => set({ view }),
  setIndicator: (indicator) => set({ indicator, period: undefined, sex: undefined }),
  setBoroughs: (boroughs) => set({ boroughs: sorted(boroughs) }),
  replaceHistory: false,
  dropUnknownBoroughs: (known) =>
    set((s) => ({
      boroughs: s.boroughs.filter((code) => known.has(code)),
      replaceHistory: true,
    })),
  toggleBorough: (borough) =>
    set((s) => ({
      boroughs: s.boroughs.includes(borough)
        ? s.boroughs.filter((b) => b !== borough)
        : sorted([...s.boroughs, borough]),
    })),
  setBenchmark: (benchmark) => set({ benchmark }),
  setPeriod: (period) => set({ period }),
  setCi: (ci) => set({ ci }),
  setSex: (sex) => set({ sex }),
  setProfile: (profile) => set({ profile }),
  openIndicator: (indicator, borough) =>
    set((s) => ({
      view: 'indicator',
      indicator,
      period: undefined,
      sex: undefined,
      boroughs:
        borough && !s.boroughs.includes(borough) ? sorted([...s.boroughs, borough]) : s.boroughs,
    })),
  openDataEntry: (indicator) => set({ view: 'data', indicator }),
  setParityPair: (parityMental, parityPhysical) => set({ parityMental, parityPhysical }),
  setProviderMeasure: (providerMeasure) => set({ providerMeasure, providerPeriod: undefined }),
  setProviderPeriod: (providerPeriod) => set({ providerPeriod }),
  setProviders: (providers) => set({ providers: [...new Set(providers)] }),
  setDispersion: (dispersion) => set({ dispersion }),
  openProviders: (providers, measure) =>
    set((s) => ({
      view: 'providers',
      providers: [...new Set(providers)],
      ...(measure &&
        measure !== s.providerMeasure && {
          providerMeasure: measure,
          providerPeriod: undefined,
        }),
    })),
}));

export const selectUrlState = (s: SelectionStore): UrlState => pickUrlState(s);
