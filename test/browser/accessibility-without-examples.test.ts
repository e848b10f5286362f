/**
 * Accessibility of the build without examples (`--utan-exempel`), whose pages say what they
 * have not got: axe-core on its own sample pages at desktop width. Its pages are the same
 * templates with less in them, and accessibility.test.ts checks every template in all three
 * modes (320 px and forced colours test layout and colours, which the templates decide); a
 * mode costs about a minute of a two-core CI machine here. A file of its own, so that the two
 * run side by side.
 */
import { axeInEveryMode } from '../helpers/axe-in-every-mode.ts';
import { MODES } from '../helpers/axe.ts';
import { builtLiveSiteWithoutExamples, liveWithoutExamples } from '../helpers/live-content.ts';
import { samplePages } from '../helpers/sample-pages.ts';

// Every valid content must pass: the live content's build without examples (an invariant test).
const without = builtLiveSiteWithoutExamples();
axeInEveryMode(
  'axe-core on the build without examples, desktop',
  without,
  samplePages(without, liveWithoutExamples().catalog, { filteredViewOptional: true }),
  MODES.filter(({ name }) => name === 'desktop'),
);
