/**
 * Accessibility of the build without examples (`--utan-exempel`), whose pages say what they
 * have not got: axe-core on its own sample pages in the three modes, as accessibility.test.ts
 * checks the build with them. A file of its own, so that the two run side by side.
 */
import { axeInEveryMode } from '../helpers/axe-in-every-mode.ts';
import { builtLiveSiteWithoutExamples, liveWithoutExamples } from '../helpers/live-content.ts';
import { samplePages } from '../helpers/sample-pages.ts';

// Every valid content must pass: the live content's build without examples (an invariant test).
const without = builtLiveSiteWithoutExamples();
axeInEveryMode(
  'axe-core on the build without examples, desktop, 320 px and forced colours',
  without,
  samplePages(without, liveWithoutExamples().catalog, { filteredViewOptional: true }),
);
