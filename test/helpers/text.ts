/** Intl's typography (no-break and narrow no-break spaces, the real minus) made plain for assertions. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}
