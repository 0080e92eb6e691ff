import { describe, expect, it } from 'vitest';
import { styleOfKind } from '../../src/charts/shared/outcome-style';
import { LINE_COLOURS } from '../../src/charts/trend/build-trend-series';
import type { OutcomeKind } from '../../src/domain';

/**
 * Colour-vision deficiency simulation, Machado, Oliveira & Fernandes (IEEE TVCG 2009), severity
 * 1.0, applied to linear sRGB; distances are CIE76 ΔE in CIELAB (D65). A ΔE above ~10 is
 * clearly distinguishable side by side; symbols carry the meaning as well.
 */
const MACHADO: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) =>
  [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));

function lab(linear: number[]): [number, number, number] {
  const [r, g, b] = linear.map((v) => Math.min(1, Math.max(0, v))) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const simulate = (hex: string, matrix: number[][]) => {
  const c = rgb(hex);
  return lab(matrix.map((row) => row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!));
};
const deltaE = (a: number[], b: number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

function minDistance(colours: readonly string[], matrix: number[][]): number {
  const labs = colours.map((c) => simulate(c, matrix));
  let min = Infinity;
  for (let i = 0; i < labs.length; i++)
    for (let j = i + 1; j < labs.length; j++) min = Math.min(min, deltaE(labs[i]!, labs[j]!));
  return min;
}

const fills = (kinds: readonly OutcomeKind[]) => kinds.map((k) => styleOfKind(k).fill);

describe('palettes stay distinguishable under colour-vision deficiencies', () => {
  it.each(Object.keys(MACHADO))('better / similar / worse / not compared (%s)', (vision) => {
    expect(
      minDistance(fills(['better', 'similar', 'worse', 'not-compared']), MACHADO[vision]!),
    ).toBeGreaterThan(15);
  });

  it.each(Object.keys(MACHADO))('higher / similar / lower (%s)', (vision) => {
    expect(minDistance(fills(['higher', 'similar', 'lower']), MACHADO[vision]!)).toBeGreaterThan(
      10,
    );
  });

  it.each(Object.keys(MACHADO))('quintiles 1–5, adjacent steps (%s)', (vision) => {
    const quintiles = fills(['q1', 'q2', 'q3', 'q4', 'q5']);
    const steps = quintiles
      .slice(1)
      .map((c, i) =>
        deltaE(simulate(c, MACHADO[vision]!), simulate(quintiles[i]!, MACHADO[vision]!)),
      );
    expect(Math.min(...steps)).toBeGreaterThan(8);
  });

  it.each(Object.keys(MACHADO))(
    'trend line colours (%s), which also differ by dash pattern',
    (vision) => {
      expect(minDistance(LINE_COLOURS, MACHADO[vision]!)).toBeGreaterThan(5);
    },
  );

  it('would catch a red/green palette: the check can fail', () => {
    // D3 category10's red and green: ΔE 119.8 with normal vision, 7.3 with deuteranopia.
    expect(minDistance(['#d62728', '#2ca02c'], MACHADO.normal!)).toBeGreaterThan(15);
    expect(minDistance(['#d62728', '#2ca02c'], MACHADO.deuteranopia!)).toBeLessThan(15);
  });
});
