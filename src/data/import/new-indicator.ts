import { asIndicatorId, type Indicator, type IndicatorLevel } from '../../domain';

/**
 * A safe indicator id from free text: "Suicide rate" → "suicide-rate". Cut to length before the
 * ends are trimmed, so a cut never leaves a trailing hyphen (which would not be a valid id).
 */
export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'unnamed';

/** A name of at most `max` characters, cut at a word boundary with "…", never mid-word. */
export function shortenAtWord(name: string, max: number): string {
  if (name.length <= max) return name;
  const slice = name.slice(0, max);
  const endsAtWord = /\s/.test(name.charAt(max));
  const cut = (endsAtWord ? slice : slice.replace(/[\s,;:(-]+\S*$/, '')).replace(/[\s,;:(-]+$/, '');
  return `${cut.length > 0 ? cut : name.slice(0, max)}…`;
}

export interface NewIndicatorInput {
  readonly id: string;
  readonly name: string;
  readonly level: IndicatorLevel;
  readonly file: string;
  readonly today: string;
  readonly fingertipsId?: number;
  readonly unit?: string;
}

/**
 * A catalogue entry for an indicator the catalogue does not know, from what the file says.
 * Polarity and domain cannot be guessed, so they are "no judgement" and "context", and the
 * source says the publisher and licence were not stated: the UI shows exactly that.
 */
export function newIndicator(input: NewIndicatorInput): Indicator {
  const fingertips = input.fingertipsId !== undefined;
  return {
    id: asIndicatorId(input.id),
    ...(fingertips && { fingertipsId: input.fingertipsId }),
    name: input.name,
    shortName: shortenAtWord(input.name, 40),
    domain: 'context',
    level: input.level,
    unit: input.unit || 'value',
    multiplier: 1,
    valueType: 'score',
    polarity: 'no-judgement',
    ciMethod: 'published',
    source: {
      publisher: fingertips
        ? 'OHID Fingertips (as loaded from a file)'
        : `Not stated (loaded from ${input.file})`,
      licence: fingertips ? 'OGL-3.0' : 'unverified',
      attribution: fingertips
        ? `Source: OHID Fingertips, loaded from ${input.file}. Contains public sector information licensed under the Open Government Licence v3.0.`
        : `Loaded from ${input.file}; publisher and licence not stated in the file.`,
      url: fingertips ? `https://fingertips.phe.org.uk/search/${input.fingertipsId}` : '',
      extractedFrom: input.file,
      extractDate: input.today,
    },
    caveats: [
      'Added from a loaded file: polarity and domain are not known, so no better/worse judgement is made.',
    ],
    file: `indicators/${input.id}.csv`,
  };
}
