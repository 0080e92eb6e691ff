type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Said to the user when the file was not plain UTF-8. */
  readonly note?: string;
}

const SAMPLE = 4000;

/** UTF-16 without a byte-order mark: ASCII text has a zero byte beside nearly every character. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), SAMPLE);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Reads a file's bytes as text whatever encoding a publisher or a spreadsheet used: UTF-8 (with
 * or without a BOM), UTF-16 (with a BOM, or detected without one), and otherwise — bytes that
 * are not valid UTF-8 — Windows-1252, Excel's usual "CSV" encoding on Windows, which keeps £ and
 * accented names. Anything but UTF-8 is said in a note naming the file and the encoding.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const decode = (encoding: TextEncoding, from = 0) =>
    new TextDecoder(encoding).decode(bytes.subarray(from));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decode('utf-8', 3), encoding: 'utf-8' };
  const bom16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  const utf16 = bom16 ?? utf16WithoutBom(bytes);
  if (utf16)
    return {
      text: decode(utf16, bom16 ? 2 : 0),
      encoding: utf16,
      note: `${file} is UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian${bom16 ? '' : ', no byte-order mark'}); it was read as such.`,
    };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: decode('windows-1252'),
      encoding: 'windows-1252',
      note: `${file} is not UTF-8; it was read as Windows-1252 (Western European, as Excel saves CSV on Windows), so £ and accented letters are kept. Check names with accents.`,
    };
  }
}
