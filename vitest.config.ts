import { defineConfig } from 'vitest/config';

/**
 * Three projects, by folder: `unit` (test/unit/, no build, seconds), `build` (test/build/:
 * builds the site or other content and reads `dist/`) and `browser` (test/browser/: Chromium
 * and Lighthouse over a build). A new test file joins a project by the folder it is put in.
 * Each content variant (the frozen copy in test/fixtures/bundled/, the live content) is built
 * once per run (test/setup/shared-build.ts) and read by both the build and browser projects;
 * `npm test` (test/suite.ts) runs the projects one after another with one such folder.
 * The components in test/components/ have a config of their own (vitest.components.config.ts):
 * as a project here, Astro's setup would run at the start of every project's run, the unit one too.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      {
        // Pure tests that mock nothing and set no environment: one module graph for all files
        // (no isolation) takes the project from about a minute to seconds on a busy machine.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false },
      },
      {
        // The staff commands run as processes here, several per test, and a build may wait for
        // the build lock behind the browser lane's builds (the live site in two languages among
        // them): a busy two-core machine needs the time. A guard against a hang, not a speed
        // target; those are `npm run bench`'s.
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: ['test/setup/shared-build.ts'],
          testTimeout: 300_000,
        },
      },
      {
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: ['test/setup/shared-build.ts'] },
      },
    ],
  },
});
