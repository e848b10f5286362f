/**
 * The print date, from the site rather than the browser's header line: just before the page
 * is printed, the print-only line under the page's address gets today's date, written the
 * site's way ("1 december 2026"). Without JavaScript the line stays hidden, so a printout
 * never carries a wrong date (a build date would be one); the page reads the same either way.
 */
import { formatDate } from '#lib/core/format.ts';

/** Today in the visitor's own time zone, as an ISO date. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

window.addEventListener('beforeprint', () => {
  for (const line of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
    const value = line.querySelector('[data-print-date-value]');
    if (!value) continue;
    value.textContent = formatDate(today());
    line.hidden = false;
  }
});
