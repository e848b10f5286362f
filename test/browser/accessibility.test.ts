/**
 * Accessibility, checked by axe-core in Debian's Chromium on every kind of page and two
 * entries of every collection (`samplePages`), at desktop width, at 320 px and with forced
 * colours (Windows high contrast): no violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules,
 * nor of axe's best practices (landmarks with distinct names, one main, headings in order).
 * The pages are served with the real deployment headers, so the Content-Security-Policy holds.
 * The build without examples is checked the same way in accessibility-without-examples.test.ts.
 */
import { axeInEveryMode } from '../helpers/axe-in-every-mode.ts';
import { builtLiveSite, validateLive } from '../helpers/live-content.ts';
import { samplePages } from '../helpers/sample-pages.ts';

// Every valid content must pass: the live content's build (an invariant test).
const dist = builtLiveSite();
axeInEveryMode('axe-core, desktop, 320 px and forced colours', dist, samplePages(dist, validateLive().catalog));
