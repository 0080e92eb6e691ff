import type { Indicator } from '../../domain';
import { FileError } from '../parse-csv';

/**
 * What ONS Explore Local Statistics publishes beside each dataset CSV (`<name>.json`, under
 * "ess-beta-metadata"): either one indicator's fields, or a "shared" block plus one block per
 * indicator name. Only the fields the Atlas shows are read.
 */
export interface ElsMetadata {
  readonly label?: string;
  readonly subtitle?: string;
  /** The unit a reader sees, from the publisher's suffix or sub-text ("years", "%"). */
  readonly unit?: string;
  readonly decimalPlaces?: number;
  readonly sourceOrg?: string;
  readonly sourceUrl?: string;
  /** ISO date, from the publisher's dd/mm/yyyy. */
  readonly sourceDate?: string;
  readonly caveats: readonly string[];
  readonly experimental: boolean;
}

export interface ElsMetadataSet {
  readonly file: string;
  /** The metadata for one indicator name in the CSV (the `indicator` column). */
  forIndicator(name: string): ElsMetadata;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

/** "19/02/2026" → "2026-02-19"; anything else is left out rather than guessed. */
function isoFromDmy(value: unknown): string | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text(value) ?? '');
  return match ? `${match[3]}-${match[2]}-${match[1]}` : undefined;
}

/** Caveat paragraphs, without Markdown links' URLs doubling the text. */
const paragraphs = (value: unknown): string[] =>
  (text(value) ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 ($2)').trim())
    .filter((p) => p !== '' && p !== 'None');

function readBlock(block: Json): ElsMetadata {
  const decimals = Number(block.decimalPlaces);
  const suffix = text(block.suffix);
  return {
    ...(text(block.label) && { label: text(block.label) }),
    ...(text(block.subtitle) && { subtitle: text(block.subtitle) }),
    ...((suffix ?? text(block.subText)) && { unit: suffix ?? text(block.subText) }),
    ...(Number.isInteger(decimals) &&
      decimals >= 0 &&
      decimals <= 6 && { decimalPlaces: decimals }),
    ...(text(block.sourceOrg) && { sourceOrg: text(block.sourceOrg) }),
    ...(text(block.sourceURL)?.startsWith('https://') && { sourceUrl: text(block.sourceURL) }),
    ...(isoFromDmy(block.sourceDate) && { sourceDate: isoFromDmy(block.sourceDate) }),
    caveats: paragraphs(block.caveats),
    experimental: block.experimentalStatistic === 'T',
  };
}

/** Parses an ELS metadata JSON file; a file that is not one says so, naming the file. */
export function parseElsMetadata(json: string, file: string): ElsMetadataSet {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new FileError(
      file,
      `is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const meta = isObject(raw) ? raw['ess-beta-metadata'] : undefined;
  if (!isObject(meta))
    throw new FileError(
      file,
      'has no "ess-beta-metadata" object: it is not ONS Explore Local Statistics metadata',
    );
  if (!isObject(meta.shared)) {
    const single = readBlock(meta);
    return { file, forIndicator: () => single };
  }
  const shared = readBlock(meta.shared);
  const byName = new Map(
    Object.entries(meta)
      .filter(([key, block]) => key !== 'shared' && isObject(block))
      .map(([key, block]) => [key.toLowerCase(), readBlock(block as Json)] as const),
  );
  return {
    file,
    forIndicator: (name) => {
      const own = byName.get(name.toLowerCase());
      if (!own) return shared;
      return {
        ...shared,
        ...own,
        caveats: [...shared.caveats, ...own.caveats],
        experimental: shared.experimental || own.experimental,
      };
    },
  };
}

/**
 * Fills an indicator made from a file with what the publisher's metadata says: its name, unit,
 * publisher, source page, source date and caveats, instead of "publisher not stated".
 */
export function applyElsMetadata(
  indicator: Indicator,
  meta: ElsMetadata,
  metadataFile: string,
): Indicator {
  const publisher = meta.sourceOrg;
  const name = meta.label ?? indicator.name;
  return {
    ...indicator,
    name,
    shortName: name,
    ...(meta.unit && { unit: meta.unit }),
    ...(meta.decimalPlaces !== undefined && { decimals: meta.decimalPlaces }),
    source: {
      ...indicator.source,
      ...(publisher && {
        publisher: `${publisher} (as stated in ${metadataFile})`,
        attribution: `Source: ${publisher}, via ONS Explore Local Statistics (${metadataFile}). Licence not verified by the Atlas.`,
      }),
      ...(meta.sourceUrl && { url: meta.sourceUrl }),
    },
    caveats: [
      ...(meta.subtitle ? [meta.subtitle] : []),
      ...(meta.sourceDate
        ? [`Published by ${publisher ?? 'the publisher'} on ${meta.sourceDate}.`]
        : []),
      ...(meta.experimental ? ['Official statistics in development (experimental).'] : []),
      ...meta.caveats,
      ...indicator.caveats,
    ],
  };
}
