/**
 * Contrast between two colours as WCAG 2.1 defines it (relative luminance, 1.4.3 and
 * 1.4.11). The configuration's colours are checked with it, so a palette that readers with
 * low vision cannot read never reaches a build.
 */

/** `#0b3d66` or `#fff` as 0–255 channels; undefined for anything else. */
export function parseHex(colour: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance(colour: string): number {
  const rgb = parseHex(colour);
  if (!rgb) throw new Error(`${colour} är ingen färg skriven #rrggbb`);
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio between two colours, 1 to 21, in either order. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA: 4.5:1 for text, 3:1 for large text and for the parts of a control or a graphic. */
export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

/** A ratio as people read it: "4,48:1", rounded down so a near miss never reads as a pass. */
export const formatRatio = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2).replace('.', ',')}:1`;
