/**
 * The tests that read the live `content/`, which staff keep publishing to, and why each may:
 * it asserts only what holds for any valid content (every file validates and round-trips,
 * every page passes the link, HTML and axe checks) or what the source documents state (the
 * seed facts). Every other test runs on fixtures whose periods, counts and ids it owns
 * (test/fixtures/, test/helpers/sample-site.ts, the frozen copy in test/fixtures/bundled/).
 *
 * test/unit/test-rules.test.ts checks that no other file reads the live content, and
 * `npm run test:framtid` (test/framtid/run.ts) runs the unit project and the build-level tests
 * here over a copy of the repository in which a next period has been published.
 */
export const INVARIANT_TESTS: Record<string, string> = {
  'test/unit/content-facts.test.ts': 'the facts of the source documents (seed facts)',
  'test/unit/validation.test.ts': 'every file validates, every MDX text passes the compiler’s guard',
  'test/unit/trust-marks.test.ts': 'what may stand unmarked is derived from the reports, sources and Kolada ids',
  'test/unit/json-schema.test.ts': 'every JSON file names its schema and passes it',
  'test/unit/content-writer.test.ts': 'every file round-trips through the staff commands’ writer',
  'test/unit/deploy-headers.test.ts': 'the committed host headers name the configured site address',
  'test/build/check-command.test.ts': '`npm run check` passes',
  'test/build/live-site.test.ts': 'every internal link of the built site resolves',
  'test/build/html-validity.test.ts': 'every built page is valid HTML (html-validate)',
  'test/build/english-pages.test.ts': 'every page has its English version when English is configured',
  'test/build/nu-html.test.ts': 'every built page is valid HTML (Nu HTML Checker)',
  'test/build/without-examples.test.ts':
    'the build without examples: links, HTML, every real entry, marks only on examples real ones need',
  'test/browser/accessibility.test.ts': 'no axe violations on every kind of page',
  'test/browser/accessibility-without-examples.test.ts':
    'no axe violations on every kind of page of the build without examples',
};
