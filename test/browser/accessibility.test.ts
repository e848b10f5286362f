/**
 * Accessibility, checked by axe-core in Debian's Chromium on every kind of page and two
 * entries of every collection (`samplePages`), at desktop width, at 320 px and with forced
 * colours (Windows high contrast): no violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules,
 * nor of axe's best practices (landmarks with distinct names, one main, headings in order).
 * The pages are served with the real deployment headers, so the Content-Security-Policy holds.
 * The build without examples is checked the same way in accessibility-without-examples.test.ts.
 */
import { href } from '#lib/core/routes.ts';
import { readConfiguration } from '../../src/data/configuration.ts';
import { MODES } from '../helpers/axe.ts';
import { axeInEveryMode } from '../helpers/axe-in-every-mode.ts';
import { LIVE_CONTENT, builtLiveSite, validateLive } from '../helpers/live-content.ts';
import { samplePages } from '../helpers/sample-pages.ts';

// Every valid content must pass: the live content's build (an invariant test).
const dist = builtLiveSite();
axeInEveryMode('axe-core, desktop, 320 px and forced colours', dist, samplePages(dist, validateLive().catalog));

// The English pages share the Swedish pages' templates: a few of them at desktop width, when
// English is configured, for what differs (the language marks, the switch, the content note).
const englishKinds = new Set(['start', 'plans', 'nyckeltal', 'sök', '404']);
const englishSamples = readConfiguration(LIVE_CONTENT).languages.includes('en')
  ? samplePages(dist, validateLive().catalog)
      .filter((sample) => englishKinds.has(sample.kind))
      .map((sample) => ({
        kind: `${sample.kind}, English`,
        path: sample.path === '/404.html' ? '/en/404.html' : href('en', sample.path),
      }))
  : [];
if (englishSamples.length > 0)
  axeInEveryMode(
    'axe-core on English pages, desktop',
    dist,
    englishSamples,
    MODES.filter((mode) => mode.name === 'desktop'),
  );
