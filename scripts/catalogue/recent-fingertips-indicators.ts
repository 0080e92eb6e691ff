import {
  define,
  RECENT_NO_BENCHMARK,
  RECENT_VALUES,
  RECENT_WITH_CI,
  recentFingertipsSource,
  type SnapshotIndicator,
} from './define';

/**
 * Indicators new to the Atlas from the two recent Fingertips files for London's boroughs
 * (PROVENANCE.md, "Recent Fingertips figures for London's boroughs"). Each file holds one period
 * per indicator and no England or London row. Polarity: neither file carries Fingertips'
 * comparison or its polarity, so these are "no judgement" unless an earlier extract of the same
 * indicator published better/worse verdicts (the merged 90813 and 21001 keep theirs).
 */
type Recent = typeof RECENT_WITH_CI | typeof RECENT_VALUES;
type Fields = Pick<
  SnapshotIndicator,
  'name' | 'shortName' | 'domain' | 'unit' | 'multiplier' | 'valueType' | 'ciMethod'
> & { readonly caveats?: readonly string[]; readonly publisher?: string };

const recent = (fingertipsId: number, file: Recent, fields: Fields): SnapshotIndicator => {
  const { caveats = [], publisher, ...rest } = fields;
  return define({
    id: `fingertips-${fingertipsId}`,
    fingertipsId,
    level: 'borough',
    polarity: 'no-judgement',
    ...rest,
    source: recentFingertipsSource(fingertipsId, file, publisher),
    caveats: [
      ...caveats,
      file === RECENT_WITH_CI
        ? `One period, with 95% intervals. ${RECENT_NO_BENCHMARK}`
        : `One period, values only (no intervals). ${RECENT_NO_BENCHMARK}`,
      'Fingertips’ own polarity is not in this extract, so the Atlas makes no better/worse judgement.',
    ],
    snapshotFile: file.file,
    fingertipsIdInFile: fingertipsId,
  });
};

const QOF = 'NHS England Quality and Outcomes Framework, via OHID Fingertips';
const RECORDED = 'Recorded prevalence reflects case-finding and recording as well as need.';
const percent = { unit: '%', multiplier: 100, valueType: 'proportion' } as const;
const COMBINED = 'Hackney’s value is for Hackney and City of London combined.';

export const RECENT_FINGERTIPS_INDICATORS: readonly SnapshotIndicator[] = [
  recent(93582, RECENT_VALUES, {
    name: 'Excess under 75 mortality rate in adults with severe mental illness (SMI)',
    shortName: 'SMI excess under-75 mortality',
    domain: 'mental',
    unit: '% of expected deaths',
    multiplier: 100,
    valueType: 'ratio',
    ciMethod: 'byar-exact',
    caveats: [
      'Replaces 91096 (to 2014/15), which was defined differently: the two are not joined.',
      'City of London and Hackney carry the same combined value.',
    ],
  }),
  recent(93581, RECENT_VALUES, {
    name: 'Premature mortality in adults with severe mental illness (SMI)',
    shortName: 'SMI premature mortality',
    domain: 'mental',
    unit: 'per 100,000',
    multiplier: 100000,
    valueType: 'dsr',
    ciMethod: 'dobson',
    caveats: ['City of London and Hackney carry the same combined value.'],
  }),
  recent(90581, RECENT_WITH_CI, {
    name: 'Mental health (schizophrenia, bipolar affective disorder and other psychoses): recorded prevalence, all ages',
    shortName: 'SMI prevalence',
    domain: 'mental',
    ...percent,
    ciMethod: 'published',
    publisher: QOF,
    caveats: [RECORDED],
  }),
  recent(90646, RECENT_VALUES, {
    name: 'Depression: recorded incidence, new diagnoses (aged 18+)',
    shortName: 'Depression incidence',
    domain: 'mental',
    ...percent,
    ciMethod: 'wilson',
    publisher: QOF,
    caveats: [RECORDED],
  }),
  recent(90600, RECENT_VALUES, {
    name: 'Patients with severe mental illness who have a comprehensive care plan (denominator includes personalised care adjustments)',
    shortName: 'SMI care plans',
    domain: 'mental',
    ...percent,
    ciMethod: 'wilson',
    publisher: QOF,
  }),
  recent(90812, RECENT_VALUES, {
    name: 'Hospital admissions for mental health conditions (under 18 years)',
    shortName: 'Mental health admissions, under 18',
    domain: 'mental',
    unit: 'per 100,000',
    multiplier: 100000,
    valueType: 'crude-rate',
    ciMethod: 'byar-exact',
    caveats: [COMBINED],
  }),
  recent(91871, RECENT_VALUES, {
    name: 'School pupils with social, emotional and mental health needs',
    shortName: 'Pupils with SEMH needs',
    domain: 'mental',
    ...percent,
    ciMethod: 'wilson',
    caveats: [COMBINED],
  }),
  recent(10602, RECENT_VALUES, {
    name: 'Adults in contact with secondary mental health services who live in stable and appropriate accommodation',
    shortName: 'Secondary MH service users in stable accommodation',
    domain: 'mental',
    ...percent,
    ciMethod: 'wilson',
  }),
  recent(93454, RECENT_VALUES, {
    name: 'Smoking prevalence in adults (18+) with a long-term mental health condition, current smokers (GPPS, old method)',
    shortName: 'Smoking with a mental health condition',
    domain: 'mental',
    ...percent,
    ciMethod: 'wilson',
  }),
  recent(93670, RECENT_VALUES, {
    name: 'Odds of smoking with a long-term mental health condition compared with the odds without (old method)',
    shortName: 'Smoking odds ratio, mental health condition',
    domain: 'mental',
    unit: 'odds ratio',
    multiplier: 1,
    valueType: 'ratio',
    ciMethod: 'none',
  }),
  recent(90282, RECENT_VALUES, {
    name: 'Gap in the employment rate between those with a physical or mental long-term health condition (aged 16 to 64) and the overall employment rate',
    shortName: 'Employment gap, long-term conditions',
    domain: 'context',
    unit: 'percentage points',
    multiplier: 1,
    valueType: 'score',
    ciMethod: 'none',
  }),
  recent(219, RECENT_WITH_CI, {
    name: 'Hypertension: recorded prevalence, all ages',
    shortName: 'Hypertension prevalence',
    domain: 'physical',
    ...percent,
    ciMethod: 'published',
    publisher: QOF,
    caveats: [RECORDED],
  }),
  recent(93014, RECENT_WITH_CI, {
    name: 'Percentage of physically active adults (aged 19+)',
    shortName: 'Physically active adults',
    domain: 'physical',
    ...percent,
    ciMethod: 'published',
    publisher: 'OHID, Active Lives Adult Survey, via OHID Fingertips',
  }),
  recent(93088, RECENT_WITH_CI, {
    name: 'Overweight (including obesity) prevalence in adults (aged 18+)',
    shortName: 'Adult overweight incl. obesity',
    domain: 'physical',
    ...percent,
    ciMethod: 'published',
    publisher: 'OHID, Active Lives Adult Survey, via OHID Fingertips',
  }),
];
