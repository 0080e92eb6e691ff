import type { IndicatorSource } from '../../src/domain';
import {
  define,
  fingertipsSource,
  oglSource,
  RECENT_NO_BENCHMARK,
  RECENT_VALUES,
  RECENT_WITH_CI,
  recentFingertipsSource,
} from './define';

/**
 * Catalogue entries for the datasets that `npm run data:update -- --source ../shared/data/raw`
 * loads (PROVENANCE.md, "raw/"). They carry no bundled file: data:update writes their data.
 */
const SUICIDE_EXPORTS =
  'Jezzaay/Mental-Health-Analysis@c709b4c0 data/suicides/indicators-CountyUA.data <region>.csv';
const NHSTT = 'bennettoxford/nhstt@f65c91ba';
const MHSDS =
  'samuelopeyemi2010/NHS-MHSDS-Data-Analysis@ec6bdd7f mhsds_data/MHSDS Data_4WW_{Apr..Sep}Perf_2024.csv';

const nhs = (publisher: string, url: string, extractedFrom: string): IndicatorSource =>
  oglSource(publisher, url, extractedFrom);
const TT_URL =
  'https://digital.nhs.uk/data-and-information/publications/statistical/nhs-talking-therapies-monthly-statistics-including-employment-advisors';
const TT_ANNUAL_URL =
  'https://digital.nhs.uk/data-and-information/publications/statistical/psychological-therapies-annual-reports-on-the-use-of-iapt-services';
const TT_CAVEATS = [
  'Provider counts are rounded to 5 and suppressed cells are empty.',
  'Recovery denominators are finished courses minus those not at caseness, per NHS England.',
];

const suicideCrude = (id: number, ages: string) =>
  define({
    id: `fingertips-${id}`,
    fingertipsId: id,
    name: `Suicide crude rate, males aged ${ages} (5-year average)`,
    shortName: `Suicide rate, males ${ages}`,
    domain: 'mental',
    level: 'borough',
    unit: 'per 100,000',
    multiplier: 100000,
    valueType: 'crude-rate',
    polarity: 'no-judgement',
    ciMethod: 'byar-exact',
    source: fingertipsSource(id, SUICIDE_EXPORTS),
    caveats: ['A single old period (2013-17).'],
    snapshotFile: '',
  });

const wellbeingNames = (measure: string, elsIndicator: string, glaName: string) => ({
  names: [{ name: `${elsIndicator} - ${measure}` }, { name: glaName }],
});

/** Suicide indicators whose newest period is in the recent Fingertips files (bundled). */
export const RECENT_SUICIDE_INDICATORS = [
  define({
    id: 'fingertips-41001',
    fingertipsId: 41001,
    name: 'Suicide rate',
    shortName: 'Suicide rate',
    domain: 'mental',
    level: 'borough',
    unit: 'per 100,000',
    multiplier: 100000,
    valueType: 'dsr',
    polarity: 'no-judgement',
    ciMethod: 'published',
    source: recentFingertipsSource(41001, RECENT_WITH_CI),
    caveats: [
      'Fingertips compares suicide rates as Higher/Lower/Similar, without a better/worse judgement; so does the Atlas.',
      `2022-24 comes from a recent Fingertips extract (Persons, 95% intervals). ${RECENT_NO_BENCHMARK}`,
      `Earlier periods come from other extracts: 2015-17 male only, with CIs (${SUICIDE_EXPORTS}); 2017-19 and 2019-21 without CIs or denominators (HJandu/Project_1_Covid19@692ef47e CSVs/PreCovid.csv, DuringCovid.csv).`,
      'City of London is suppressed (too few deaths).',
    ],
    snapshotFile: RECENT_WITH_CI.file,
    fingertipsIdInFile: 41001,
    // Named, so the raw tier's older periods (added by the build) sit beside a named release.
    releaseLabel: 'OHID Fingertips API, August 2026 (2022-24, 95% intervals)',
  }),
  define({
    id: 'fingertips-91404',
    fingertipsId: 91404,
    name: 'Years of life lost due to suicide, age-standardised rate 15-74 years',
    shortName: 'Years of life lost to suicide',
    domain: 'mental',
    level: 'borough',
    unit: 'per 10,000',
    multiplier: 10000,
    valueType: 'dsr',
    polarity: 'no-judgement',
    ciMethod: 'dobson',
    source: recentFingertipsSource(91404, RECENT_VALUES),
    caveats: [
      'Fingertips compares suicide rates as Higher/Lower/Similar, without a better/worse judgement; so does the Atlas.',
      `2020-22 comes from a recent Fingertips extract, values only. ${RECENT_NO_BENCHMARK}`,
      `2012-14 is only in the publisher's regional exports (${SUICIDE_EXPORTS}), which npm run data:update reads; it is not bundled.`,
    ],
    snapshotFile: RECENT_VALUES.file,
    fingertipsIdInFile: 91404,
  }),
];

export const RAW_BOROUGH_INDICATORS = [
  suicideCrude(91390, '10-34'),
  suicideCrude(91393, '35-64'),
  suicideCrude(91430, '65+'),
  ...(
    [
      [
        'depression',
        'Depression, patients aged 18+ on register / practice list aged 18+ (%)',
        'Depression prevalence (QOF, CCG)',
        'mental',
      ],
      [
        'smi',
        'Mental health register (schizophrenia, bipolar affective disorder, other psychoses, lithium therapy), all ages (%)',
        'Serious mental illness prevalence (QOF, CCG)',
        'mental',
      ],
      [
        'diabetes',
        'Diabetes mellitus, patients aged 17+ on register / practice list aged 17+ (%)',
        'Diabetes prevalence (QOF, CCG)',
        'physical',
      ],
      [
        'hypertension',
        'Hypertension, all ages (%)',
        'Hypertension prevalence (QOF, CCG)',
        'physical',
      ],
      ['chd', 'Coronary heart disease, all ages (%)', 'CHD prevalence (QOF, CCG)', 'physical'],
      [
        'copd',
        'Chronic obstructive pulmonary disease, all ages (%)',
        'COPD prevalence (QOF, CCG)',
        'physical',
      ],
      ['cancer', 'Cancer, all ages (%)', 'Cancer prevalence (QOF, CCG)', 'physical'],
    ] as const
  ).map(([key, register, shortName, domain]) =>
    define({
      id: `qof-${key}-ccg`,
      name: `QOF recorded prevalence: ${register}`,
      shortName,
      domain,
      level: 'ccg',
      unit: '%',
      multiplier: 100,
      valueType: 'proportion',
      polarity: 'no-judgement',
      ciMethod: 'wilson',
      source: nhs(
        'NHS Digital / NHS England, Quality and Outcomes Framework (sums of practice figures)',
        'https://digital.nhs.uk/data-and-information/publications/statistical/quality-and-outcomes-framework-achievement-prevalence-and-exceptions-data',
        'datascience2021-web/hyp@3156732f PREVALENCE_1617.csv to PREVALENCE_2021_v2.csv (QOF practice-level prevalence), summed by CCG',
      ),
      caveats: [
        'Sums of practice registers and list sizes, not the published CCG tables.',
        'CCGs are not boroughs: some covered two boroughs, and 2019/20-2020/21 CCGs are mergers.',
        'Recorded, not true, prevalence; 2020/21 was affected by COVID-19.',
      ],
      snapshotFile: '',
      match: { names: [{ name: `QOF prevalence: ${register}` }] },
    }),
  ),
];

/** Wellbeing names that the raw files use for the snapshot's ONS wellbeing indicators. */
export const WELLBEING_MATCHES: Record<string, ReturnType<typeof wellbeingNames>> = {
  'ons-wellbeing-anxiety': wellbeingNames(
    "Mean (Where 0 is 'not at all anxious' and 10 is 'completely anxious')",
    'Anxiety',
    'Personal wellbeing: mean anxiety yesterday score (0-10, higher = more anxious), adults 16+, ONS APS',
  ),
  'ons-wellbeing-happiness': wellbeingNames(
    "Mean (Where 0 is 'not at all happy' and 10 is 'completely happy')",
    'Happiness',
    'Personal wellbeing: mean happiness yesterday score (0-10), adults 16+, ONS APS',
  ),
  'ons-wellbeing-life-satisfaction': wellbeingNames(
    "Mean (Where 0 is 'not at all satisfied' and 10 is 'completely satisfied')",
    'Satisfaction',
    'Personal wellbeing: mean life satisfaction score (0-10), adults 16+, ONS APS',
  ),
  'ons-wellbeing-worthwhile': wellbeingNames(
    "Mean (Where 0 is 'not at all worthwhile' and 10 is 'completely worthwhile')",
    'Worthwhile',
    'Personal wellbeing: mean feeling things done in life are worthwhile score (0-10), adults 16+, ONS APS',
  ),
};

const providerMeasure = (def: {
  id: string;
  measureId: string;
  name: string;
  shortName: string;
  domain?: 'mental' | 'physical' | 'context';
  unit?: string;
  valueType?: 'proportion' | 'median' | 'count' | 'ratio';
  polarity: 'high-is-good' | 'low-is-good' | 'no-judgement';
  ciMethod?: 'wilson' | 'none' | 'byar-exact';
  multiplier?: number;
  source: IndicatorSource;
  caveats: readonly string[];
}) =>
  define({
    id: def.id,
    name: def.name,
    shortName: def.shortName,
    domain: def.domain ?? 'mental',
    level: 'provider',
    unit: def.unit ?? '%',
    multiplier: def.multiplier ?? 100,
    valueType: def.valueType ?? 'proportion',
    polarity: def.polarity,
    ciMethod: def.ciMethod ?? 'wilson',
    source: def.source,
    caveats: def.caveats,
    snapshotFile: '',
    match: { measureIds: [def.measureId] },
  });

const ttMonthly = (
  code: string,
  shortName: string,
  name: string,
  polarity: 'high-is-good' | 'low-is-good',
) =>
  providerMeasure({
    id: `nhstt-${code.toLowerCase()}-monthly`,
    measureId: code,
    name: `${name} (NHS Talking Therapies, monthly, ${code})`,
    shortName: `${shortName} (monthly)`,
    polarity,
    source: nhs(
      'NHS England, NHS Talking Therapies Monthly Statistics',
      TT_URL,
      `${NHSTT.replace('f65c91ba', '45a72c4b')} data-raw/activity_performance_monthly.parquet`,
    ),
    caveats: [
      ...TT_CAVEATS,
      'An empty value means suppressed or not applicable; the two cannot be told apart.',
    ],
  });

const ttAnnual = (key: string, shortName: string, polarity: 'high-is-good' | 'low-is-good') =>
  providerMeasure({
    id: `nhstt-annual-${key.replace('_', '-')}`,
    measureId: `NHSTT_annual_${key}`,
    name: `${shortName} (NHS Talking Therapies, annual)`,
    shortName: `${shortName} (annual)`,
    polarity,
    source: nhs(
      'NHS Digital / NHS England, Psychological Therapies annual report',
      TT_ANNUAL_URL,
      `${NHSTT} data-raw/measures_annual.parquet`,
    ),
    caveats: TT_CAVEATS,
  });

const staffSurvey = (
  code: string,
  shortName: string,
  name: string,
  polarity: 'high-is-good' | 'low-is-good',
  summed: boolean,
) =>
  providerMeasure({
    id: `nss-${code.toLowerCase()}`,
    measureId: `NSS_${code}`,
    name: `${name} (NHS Staff Survey ${code})`,
    shortName,
    domain: 'context',
    polarity,
    ciMethod: 'none',
    source: nhs(
      'NHS England / Survey Coordination Centre, NHS Staff Survey',
      'https://www.nhsstaffsurveys.com/results/',
      'ebmgt/NHS-Gender@e042fd32 Data files/data_trusts_well-being - organisational results.csv',
    ),
    caveats: [
      'Weighted by occupation group; the denominator is the number of responses.',
      ...(summed
        ? ['The two answer percentages were summed by the source repository author.']
        : []),
    ],
  });

const MHSDS_SOURCE = nhs(
  'NHS England, Mental Health Services Monthly Statistics (MHSDS 4-week waits)',
  'https://digital.nhs.uk/data-and-information/publications/statistical/mental-health-services-monthly-statistics',
  MHSDS,
);
const MHA_SOURCE = nhs(
  'NHS England, Mental Health Act Statistics, Annual Figures 2023-24',
  'https://digital.nhs.uk/data-and-information/publications/statistical/mental-health-act-statistics-annual-figures',
  'Dibya-Shrestha/Mental_Health_Detention_Dashboard@ae9df5b1 mha_annual_suppressed_2023_24 (version 1).xlsx',
);

export const RAW_PROVIDER_INDICATORS = [
  providerMeasure({
    id: 'mhsds-mrs03a-provider',
    measureId: 'MRS03a',
    name: 'Median days open CMH referral-spells have waited for a 2nd contact (MRS03a)',
    shortName: 'CMH wait for 2nd contact (median days)',
    unit: 'days',
    valueType: 'median',
    multiplier: 1,
    polarity: 'low-is-good',
    ciMethod: 'none',
    source: MHSDS_SOURCE,
    caveats: ['Month-end snapshots; the number waiting is in the note.'],
  }),
  providerMeasure({
    id: 'mhsds-mrs10a-provider',
    measureId: 'MRS10a',
    name: 'Median days open CYP referral-spells have waited for a 1st contact (MRS10a)',
    shortName: 'CYP wait for 1st contact (median days)',
    unit: 'days',
    valueType: 'median',
    multiplier: 1,
    polarity: 'low-is-good',
    ciMethod: 'none',
    source: MHSDS_SOURCE,
    caveats: ['Month-end snapshots; the number waiting is in the note.'],
  }),
  ttMonthly(
    'M192',
    'Recovery rate',
    'Percentage of finished courses at caseness that recovered',
    'high-is-good',
  ),
  ttMonthly(
    'M195',
    'Reliable recovery rate',
    'Percentage of finished courses at caseness with reliable recovery',
    'high-is-good',
  ),
  ttMonthly(
    'M186',
    'Reliable improvement rate',
    'Percentage of finished courses with reliable improvement',
    'high-is-good',
  ),
  ttMonthly(
    'M1010',
    'Reliable deterioration rate',
    'Percentage of finished courses with reliable deterioration',
    'low-is-good',
  ),
  ttMonthly(
    'M053',
    'First treatment within 6 weeks',
    'Percentage of finished courses whose first treatment was within 6 weeks of referral',
    'high-is-good',
  ),
  ttMonthly(
    'M055',
    'First treatment within 18 weeks',
    'Percentage of finished courses whose first treatment was within 18 weeks of referral',
    'high-is-good',
  ),
  ttMonthly(
    'M079',
    'Ended referrals that finished a course',
    'Percentage of ended referrals that finished a course of treatment',
    'high-is-good',
  ),
  ttAnnual('recovery', 'Recovery rate', 'high-is-good'),
  ttAnnual('reliable_recovery', 'Reliable recovery rate', 'high-is-good'),
  ttAnnual('improvement', 'Reliable improvement rate', 'high-is-good'),
  ttAnnual('deterioration', 'Reliable deterioration rate', 'low-is-good'),
  staffSurvey(
    'Q11c',
    'Staff unwell from work-related stress',
    'Staff who felt unwell as a result of work-related stress in the last 12 months (% yes)',
    'low-is-good',
    false,
  ),
  staffSurvey(
    'Q12b',
    'Staff often or always burnt out',
    'Staff who often or always feel burnt out because of work (%)',
    'low-is-good',
    true,
  ),
  staffSurvey(
    'Q3i',
    'Enough staff to do the job properly',
    'Staff agreeing there are enough staff to do their job properly (%)',
    'high-is-good',
    true,
  ),
  providerMeasure({
    id: 'mha-all-detentions',
    measureId: 'MHA_all_detentions',
    name: 'Detentions under the Mental Health Act (all detentions), 2023/24',
    shortName: 'Mental Health Act detentions',
    unit: 'detentions',
    valueType: 'count',
    multiplier: 1,
    polarity: 'no-judgement',
    ciMethod: 'none',
    source: MHA_SOURCE,
    caveats: [
      'Provider rows are counts: no provider population is published.',
      'From an uploader’s copy of the NHS England file.',
    ],
  }),
  providerMeasure({
    id: 'mha-detained-31-march',
    measureId: 'MHA_detained_31Mar',
    name: 'People detained in hospital under the Mental Health Act on 31 March 2024',
    shortName: 'Detained on 31 March',
    unit: 'people',
    valueType: 'count',
    multiplier: 1,
    polarity: 'no-judgement',
    ciMethod: 'none',
    source: MHA_SOURCE,
    caveats: ['Counts only.'],
  }),
  providerMeasure({
    id: 'shmi-acute',
    measureId: 'SHMI',
    name: 'Summary Hospital-level Mortality Indicator (SHMI), acute trusts',
    shortName: 'SHMI (acute trusts)',
    domain: 'physical',
    unit: 'ratio',
    valueType: 'ratio',
    multiplier: 1,
    polarity: 'low-is-good',
    ciMethod: 'byar-exact',
    source: nhs(
      'NHS England, SHMI',
      'https://digital.nhs.uk/data-and-information/publications/statistical/shmi',
      'larsen-analyst/trustpulse@04a0235c data/processed/trust_profiles.csv',
    ),
    caveats: [
      'A second-hand processed copy; the period is assumed to be Jan-Dec 2025.',
      'Acute trusts, not mental health trusts.',
    ],
  }),
];
