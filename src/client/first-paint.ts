/** Milliseconds after the load event that a shared link's search waits where the browser reports no paint. */
const PAINT_FALLBACK = 500;

/**
 * Calls `then` once the page has painted its content (the browser's first contentful paint).
 * Where no paint is reported (an older browser, or a page opened in a background tab, which
 * never reports one), after the load event, two frames and `PAINT_FALLBACK` ms.
 */
export function afterFirstPaint(then: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    setTimeout(then, 0);
  };
  if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  }
  const fallback = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, PAINT_FALLBACK)));
  if (document.readyState === 'complete') fallback();
  else window.addEventListener('load', fallback, { once: true });
}
