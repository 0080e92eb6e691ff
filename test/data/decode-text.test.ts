import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/data/decode-text';

const text = 'Area Name,Value\nCafé Bromley,£5\n';
const utf16le = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  [...s].forEach((c, i) => {
    out[i * 2] = c.charCodeAt(0) & 0xff;
    out[i * 2 + 1] = c.charCodeAt(0) >> 8;
  });
  return out;
};

describe('reading a file in whatever encoding it was saved', () => {
  it('reads UTF-8, with or without a byte-order mark, without a note', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeText(bytes, 'a.csv')).toEqual({ text, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(withBom, 'a.csv').text).toBe(text);
  });

  it('reads Windows-1252 (Excel on Windows) and says so', () => {
    // "Café" and "£" as Windows-1252 bytes: 0xE9 and 0xA3, invalid as UTF-8.
    const bytes = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
    const decoded = decodeText(bytes, 'excel.csv');
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.note).toMatch(/^excel\.csv is not UTF-8; it was read as Windows-1252/);
  });

  it('reads UTF-16 with a byte-order mark, and little-endian without one', () => {
    const le = utf16le(text);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]), 'w.csv')).toMatchObject({
      text,
      encoding: 'utf-16le',
    });
    const noBom = decodeText(le, 'w.csv');
    expect(noBom).toMatchObject({ text, encoding: 'utf-16le' });
    expect(noBom.note).toContain('no byte-order mark');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]), 'w.csv').text).toBe(text);
  });

  it('leaves binary that is neither for the CSV reader to refuse', () => {
    const decoded = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff]), 'z.csv');
    expect(decoded.text).toContain('\u0000');
  });
});
