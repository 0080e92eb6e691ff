import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  pickUrlState,
  serialiseUrlState,
  type UrlState,
} from '../../src/state/url-state';
import { asAreaCode, asIndicatorId, type AreaCode, type IndicatorId } from '../../src/domain';

describe('URL state', () => {
  it('leaves defaults out of the URL', () => {
    expect(serialiseUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it('writes short keys and reads them back', () => {
    const state: UrlState = {
      view: 'indicator',
      indicator: 'fingertips-91096' as IndicatorId,
      boroughs: ['E09000003', 'E09000007'] as AreaCode[],
      benchmark: 'london',
      period: '2014/15',
      ci: '99.8',
      sex: 'Female',
      providers: [],
      dispersion: 'off',
    };
    const search = serialiseUrlState(state);
    expect(search).toBe(
      '?i=fingertips-91096&b=E09000003,E09000007&bm=london&p=2014%2F15&ci=99.8&sex=Female',
    );
    expect(parseUrlState(search)).toEqual({ state, notices: [] });
  });

  it('ignores each bad parameter with a notice and keeps the good ones', () => {
    const { state, notices } = parseUrlState(
      '?v=nowhere&i=Bad%20Id&b=E09000003,E06000001,junk&bm=wales&ci=90&sex=Other',
    );
    expect(state).toEqual({ ...DEFAULT_URL_STATE, boroughs: ['E09000003'] });
    expect(notices).toEqual([
      'Ignored "v=nowhere" in the link: no such view.',
      'Ignored "i=Bad Id" in the link: not an indicator id.',
      'Ignored "b=E06000001" in the link: not a London borough code.',
      'Ignored "b=JUNK" in the link: not a London borough code.',
      'Ignored "bm=wales" in the link: the benchmark is England or London.',
      'Ignored "ci=90" in the link: the confidence level is 95 or 99.8.',
      'Ignored "sex=Other" in the link: sex is Persons, Male or Female.',
    ]);
  });

  it('normalises borough lists: upper case, no duplicates, sorted', () => {
    expect(parseUrlState('?b=e09000007,E09000003,E09000007').state.boroughs).toEqual([
      'E09000003',
      'E09000007',
    ]);
  });

  it('round-trips any valid state (property)', () => {
    const borough = fc
      .integer({ min: 1, max: 33 })
      .map((n) => `E090000${String(n).padStart(2, '0')}` as AreaCode);
    const arbitraryState = fc.record({
      view: fc.constantFrom('indicator' as const, 'overview' as const, 'profile' as const),
      indicator: fc.option(
        fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/).map((s) => s as IndicatorId),
        { nil: undefined },
      ),
      boroughs: fc.uniqueArray(borough, { maxLength: 33 }).map((b) => [...b].sort()),
      benchmark: fc.constantFrom('england' as const, 'london' as const),
      period: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
      ci: fc.constantFrom('95' as const, '99.8' as const),
      sex: fc.option(fc.constantFrom('Persons' as const, 'Male' as const, 'Female' as const), {
        nil: undefined,
      }),
      providerMeasure: fc.option(
        fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/).map((s) => s as IndicatorId),
        { nil: undefined },
      ),
      providerPeriod: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }),
      providers: fc.uniqueArray(fc.stringMatching(/^[A-Z0-9]{3,6}$/), { maxLength: 10 }),
      dispersion: fc.constantFrom('off' as const, 'multiplicative' as const, 'additive' as const),
    });
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const parsed = parseUrlState(serialiseUrlState(state));
        const expected = Object.fromEntries(
          Object.entries(state).filter(([, v]) => v !== undefined),
        );
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(expected);
      }),
    );
  });
});

describe('Providers view links', () => {
  it('reads the measure, period, organisations and over-dispersion', () => {
    const { state, notices } = parseUrlState(
      '?v=providers&pi=nhstt-annual-recovery&pt=2024-25&po=rv5,TAF88,bad!code&od=additive',
    );
    expect(state).toMatchObject({
      view: 'providers',
      providerMeasure: 'nhstt-annual-recovery',
      providerPeriod: '2024-25',
      providers: ['RV5', 'TAF88'],
      dispersion: 'additive',
    });
    expect(notices).toEqual(['Ignored "po=BAD!CODE" in the link: not an organisation code.']);
  });

  it('keeps at most ten organisations and says so', () => {
    const codes = Array.from({ length: 12 }, (_, i) => `R${String(i).padStart(2, '0')}`);
    const { state, notices } = parseUrlState(`?po=${codes.join(',')}`);
    expect(state.providers).toHaveLength(10);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('at most 10');
  });

  it('ignores an unknown over-dispersion setting', () => {
    const { state, notices } = parseUrlState('?od=quadratic');
    expect(state.dispersion).toBe('off');
    expect(notices[0]).toContain('off, multiplicative or additive');
  });
});

describe('URL notices stay readable', () => {
  it('cuts a long value and makes one notice of many bad values', () => {
    const long = 'X'.repeat(100_000); // upper case: not an indicator id
    const { notices } = parseUrlState(`?i=${long}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.length).toBeLessThan(200);
    expect(parseUrlState(`?i=${'x'.repeat(5000)}`).notices[0]).toMatch(
      /^Ignored "i=x{60}…" in the link: not an indicator id\.$/,
    );
    const codes = Array.from({ length: 12_000 }, (_, i) => `E06${String(i).padStart(6, '0')}`).join(
      ',',
    );
    const many = parseUrlState(`?b=${codes}`);
    expect(many.notices).toEqual([
      'Ignored 12,000 values of "b" in the link (not a London borough code), e.g. "E06000000", "E06000001", "E06000002".',
    ]);
  });
});

describe('pickUrlState', () => {
  it('copies every shareable field (each has a URL parameter) and nothing else', () => {
    // Required<>: a field added to UrlState must be listed here, and pickUrlState keeps it only
    // if PARAMS has a parameter for it.
    const full: Required<UrlState> = {
      view: 'parity',
      indicator: asIndicatorId('fingertips-41001'),
      boroughs: [asAreaCode('E09000012')],
      benchmark: 'london',
      period: '2021/22',
      ci: '99.8',
      sex: 'Female',
      profile: asAreaCode('E09000007'),
      parityMental: asIndicatorId('fingertips-848'),
      parityPhysical: asIndicatorId('fingertips-219'),
      providerMeasure: asIndicatorId('nhstt-annual-recovery'),
      providerPeriod: '2024-25',
      providers: ['RAT'],
      dispersion: 'additive',
    };
    expect(pickUrlState({ ...full, toggleBorough: () => undefined } as UrlState)).toEqual(full);
  });
});
