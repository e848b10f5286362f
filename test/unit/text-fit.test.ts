/** Lines of a saved chart's frame fitted to its width by a wide estimate, whatever the reader's fonts. */
import { describe, expect, it } from 'vitest';
import { estimateWidth, fitLines } from '#lib/charts/text-fit.ts';

describe('estimateWidth', () => {
  it('counts wide letters wider than narrow ones, bold wider than regular', () => {
    expect(estimateWidth('mmmm', 16)).toBeGreaterThan(estimateWidth('iiii', 16) * 2);
    expect(estimateWidth('Budget', 16, true)).toBeGreaterThan(estimateWidth('Budget', 16));
  });

  it('is at least as wide as a wide font’s average letter (DejaVu Sans: about 0.55 em)', () => {
    const text = 'Kostnad för inhyrd personal i procent av personalkostnaderna';
    expect(estimateWidth(text, 10)).toBeGreaterThanOrEqual(text.length * 0.55 * 10);
  });
});

describe('fitLines', () => {
  it('wraps at spaces within the width, each line drawn to its estimate', () => {
    const lines = fitLines('Regionstyrelsens plan och budget 2024: Kostnad för inhyrd personal', 200, 16, true);
    expect(lines.length).toBeGreaterThan(1);
    for (const { line, width } of lines) {
      expect(width).toBeLessThanOrEqual(200);
      expect(width).toBeCloseTo(estimateWidth(line, 16, true), 0);
    }
    expect(lines.map((l) => l.line).join(' ')).toBe(
      'Regionstyrelsens plan och budget 2024: Kostnad för inhyrd personal',
    );
  });

  it('breaks an address longer than a line after its slashes, losing no character', () => {
    const address = 'https://insyn.regionjh.se/nyckeltal/kostnad-inhyrd-personal-regionplan-2024-2026-och-mer/';
    const lines = fitLines(`Insyn, Region Jämtland Härjedalen: ${address}`, 300, 13);
    for (const { width } of lines) expect(width).toBeLessThanOrEqual(300);
    const joined = lines.map((l) => l.line).join('');
    expect(joined.replace(/ /g, '')).toBe(`Insyn, Region Jämtland Härjedalen: ${address}`.replace(/ /g, ''));
    expect(lines.slice(0, -1).some((l) => /\/$/.test(l.line))).toBe(true);
  });

  it('keeps a short text on one line', () => {
    expect(fitLines('kort', 300, 16)).toEqual([{ line: 'kort', width: expect.any(Number) }]);
  });
});
