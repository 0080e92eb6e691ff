import type { IndicatorSource } from '../../src/domain';
import { define, oglSource, SNAPSHOT_EXTRACT_DATE } from './define';

const GLA_REPO = 'count/hackathons@7f80099b Hackathon1/data/DEM_BoroughDemograpics_latest.csv';
const glaSource: IndicatorSource = {
  publisher: 'Greater London Authority, London Borough Profiles (attribution not verified)',
  licence: 'unverified',
  attribution:
    'Source: GLA London Borough Profiles, via a third-party copy; publisher and licence not verified.',
  url: 'https://data.london.gov.uk/dataset/london-borough-profiles',
  extractedFrom: GLA_REPO,
  extractDate: SNAPSHOT_EXTRACT_DATE,
};
const GLA_CAVEAT = 'No England or London value; no confidence intervals.';

const MHSDS_URL =
  'https://digital.nhs.uk/data-and-information/publications/statistical/mental-health-services-monthly-statistics';
const mhsdsSource = oglSource(
  'NHS England, Mental Health Services Monthly Statistics (MHSDS 4-week waits)',
  MHSDS_URL,
  'samuelopeyemi2010/NHS-MHSDS-Data-Analysis@029d09f5 mhsds_data/MHSDS Data_4WW_SepPerf_2024.csv',
);
const MHSDS_CAVEATS = [
  'Counts are rounded to the nearest 5 and many London cells are suppressed.',
  'Few full clock stops are recorded, so values mostly reflect MHSDS recording practice.',
  'North London NHS FT (G6V2S) began after this period; its predecessors RRP and TAF appear separately.',
];

/** Context, GLA, IMD and provider indicators in ../shared/data/snapshot. */
export const SNAPSHOT_OTHER_INDICATORS = [
  define({
    id: 'gla-diabetes-17plus',
    name: 'People aged 17+ with diabetes (%)',
    shortName: 'Diabetes (GLA profile)',
    domain: 'physical',
    level: 'borough',
    unit: '%',
    multiplier: 100,
    valueType: 'proportion',
    polarity: 'no-judgement',
    ciMethod: 'none',
    source: glaSource,
    caveats: ['Period and register not stated in the source; not Fingertips 241.', GLA_CAVEAT],
    snapshotFile: 'boroughs/gla_borough_profiles_diabetes_17plus_percent.csv',
  }),
  define({
    id: 'gla-preventable-mortality',
    name: 'Mortality rate from causes considered preventable (GLA London Borough Profiles)',
    shortName: 'Preventable mortality (GLA profile)',
    domain: 'physical',
    level: 'borough',
    unit: 'rate (unit not stated)',
    multiplier: 1,
    valueType: 'dsr',
    polarity: 'low-is-good',
    ciMethod: 'none',
    source: glaSource,
    caveats: [
      'Unit, sex and age scope are not stated in the source; not the same measure as 40502.',
      GLA_CAVEAT,
    ],
    snapshotFile: 'boroughs/gla_borough_profiles_preventable_mortality_2012_14.csv',
  }),
  define({
    id: 'gla-population-2017',
    name: 'Resident population - GLA population estimate 2017',
    shortName: 'Population (GLA 2017)',
    domain: 'context',
    level: 'borough',
    unit: 'people',
    multiplier: 1,
    valueType: 'count',
    polarity: 'no-judgement',
    ciMethod: 'none',
    source: glaSource,
    caveats: ["GLA's own estimate, not the ONS mid-year estimate.", GLA_CAVEAT],
    snapshotFile: 'boroughs/gla_borough_profiles_population_estimate_2017.csv',
  }),
  define({
    id: 'mhclg-imd2019-score',
    name: 'Index of Multiple Deprivation 2019: average score',
    shortName: 'Deprivation (IMD 2019)',
    domain: 'context',
    level: 'borough',
    unit: 'score',
    multiplier: 1,
    valueType: 'score',
    polarity: 'no-judgement',
    ciMethod: 'none',
    source: oglSource(
      'Ministry of Housing, Communities and Local Government (English Indices of Deprivation 2019)',
      'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019',
      'traffordDataLab/open_data@e943c9f9 IndicesOfDeprivation/IoD2019/local_authority_district/IoD2019.csv',
    ),
    caveats: ['A higher score means more deprived.', 'The summary has no England or London value.'],
    snapshotFile: 'boroughs/mhclg_iod2019_imd_average_score_lad.csv',
  }),
  ...(
    [
      [
        'mrs01b',
        'MRS01b',
        'community mental health',
        'CMH clock stop <4 weeks',
        'prov_mhsds_cmh_4wk_clockstop_2024q2.csv',
      ],
      [
        'mrs08b',
        'MRS08b',
        "children and young people's mental health",
        'CYP clock stop <4 weeks',
        'prov_mhsds_cyp_4wk_clockstop_2024q2.csv',
      ],
    ] as const
  ).flatMap(([key, code, service, shortName, providerFile]) =>
    (['provider', 'icb'] as const).map((level) =>
      define({
        id: `mhsds-${key}-${level}`,
        name: `Proportion of ${service} referral-spells receiving a full clock stop in less than 4 weeks (${code}), by ${level === 'icb' ? 'ICB of residence' : 'provider'}`,
        shortName: `${shortName}${level === 'icb' ? ' (ICB)' : ''}`,
        domain: 'mental',
        level,
        unit: '%',
        multiplier: 100,
        valueType: 'proportion',
        polarity: 'high-is-good',
        ciMethod: 'wilson',
        source: mhsdsSource,
        caveats: MHSDS_CAVEATS,
        snapshotFile: `providers/${level === 'icb' ? 'icb_mhsds_4wk_clockstop_2024q2.csv' : providerFile}`,
        ...(level === 'icb' ? { namePrefix: code } : { match: { measureIds: [code] } }),
      }),
    ),
  ),
  ...(
    [
      [
        'mrs04',
        'MRS04',
        'CMH referral-spells started',
        'Number of CMH referral-spells that started in the period',
      ],
      [
        'mrs05',
        'MRS05',
        'CMH referral-spells closed',
        'Number of CMH referral-spells that closed in the period',
      ],
      [
        'mrs11',
        'MRS11',
        'CYP referral-spells started',
        'Number of CYP referral-spells that started in the period',
      ],
      [
        'mrs12',
        'MRS12',
        'CYP referral-spells closed',
        'Number of CYP referral-spells that closed in the period',
      ],
    ] as const
  ).map(([key, code, shortName, name]) =>
    define({
      id: `mhsds-${key}-provider`,
      name: `${name} (${code})`,
      shortName,
      domain: 'context',
      level: 'provider',
      unit: 'referral-spells',
      multiplier: 1,
      valueType: 'count',
      polarity: 'no-judgement',
      ciMethod: 'none',
      source: mhsdsSource,
      caveats: MHSDS_CAVEATS.slice(0, 1),
      snapshotFile: 'providers/prov_mhsds_referral_spell_counts_2024q2.csv',
      namePrefix: code,
    }),
  ),
];
