/**
 * SVG markup as text, written the way Astro writes the same elements: attributes in the given
 * order, one left out when its value is undefined, `&` and `"` escaped in attribute values and
 * `&<>'"` in text, so a drawing made here is byte for byte what a component would render.
 */
type Value = string | number | undefined;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
export const text = (value: string | number) => String(value).replace(/[&<>'"]/g, (c) => TEXT_ESCAPES[c]);
const NEEDS_ESCAPE = /[&"]/;
// Drawings have hundreds of thousands of attributes at 100×, nearly all numbers or plain
// words: those are written as they are, without two replacements each.
const attribute = (value: string | number) =>
  typeof value === 'number'
    ? String(value)
    : NEEDS_ESCAPE.test(value)
      ? value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
      : value;

/** An element with its attributes in order (undefined ones left out) and its content. */
export function el(name: string, attributes: Record<string, Value>, ...content: string[]): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) open += ` ${key}="${attribute(value)}"`;
  }
  return `${open}>${content.join('')}</${name}>`;
}
