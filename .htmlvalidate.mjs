// html-validate's configuration, for `test/build/html-validity.test.ts` and for
// `npx html-validate dist` after a build: the recommended rules (validity, content models,
// accessibility, security), with one rule off.
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A search-snippet length heuristic (70 characters), not validity: a page's title is the
    // entry's own title followed by the site's name, and uppdrag are named by whole sentences
    // in the plan. A title that a search engine shortens is still a descriptive one (WCAG 2.4.2).
    'long-title': 'off',
  },
};
