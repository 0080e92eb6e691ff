import { LEVELS, type Indicator, type IndicatorLevel } from '../domain';

/** Topics for the Providers view's measure picker, by the publisher's collection. */
const TOPICS: readonly { readonly topic: string; readonly test: RegExp }[] = [
  { topic: 'NHS Talking Therapies', test: /^nhstt-/ },
  { topic: 'Community mental health waits (MHSDS)', test: /^mhsds-/ },
  { topic: 'Mental Health Act', test: /^mha-/ },
  { topic: 'NHS Staff Survey', test: /^nss-/ },
  { topic: 'Hospital mortality (SHMI)', test: /^shmi-/ },
  { topic: 'GP registers (QOF), by CCG', test: /^qof-/ },
];

export const LEVEL_NAMES: Record<IndicatorLevel, string> = {
  borough: 'borough',
  provider: 'provider',
  icb: 'ICB',
  ccg: 'CCG / sub-ICB',
};

export const isOrganisationLevel = (level: IndicatorLevel) => level !== 'borough';

/** A measure's topic: its collection, or "Your files" and "Other published measures". */
const topicOf = (indicator: Indicator, fromUserFile: boolean): string =>
  fromUserFile
    ? 'Your files'
    : (TOPICS.find((t) => t.test.test(indicator.id))?.topic ?? 'Other published measures');

export interface MeasureGroup {
  readonly topic: string;
  readonly measures: readonly Indicator[];
}

/** Measures grouped by topic in a stable order, levels in LEVELS order within each. */
export function groupMeasures(
  measures: readonly Indicator[],
  isUserFile: (indicator: Indicator) => boolean,
): MeasureGroup[] {
  const order = [...TOPICS.map((t) => t.topic), 'Other published measures', 'Your files'];
  const groups = new Map<string, Indicator[]>();
  for (const m of measures) {
    const topic = topicOf(m, isUserFile(m));
    groups.set(topic, [...(groups.get(topic) ?? []), m]);
  }
  return order.flatMap((topic) => {
    const list = groups.get(topic);
    return list
      ? [
          {
            topic,
            measures: [...list].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level)),
          },
        ]
      : [];
  });
}
