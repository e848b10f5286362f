/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * The `components` project: .astro components rendered with Astro's container API
 * (`astro/container`). Rendering them needs Astro's Vite plugins, which take seconds to set
 * up, so these tests have a config of their own (`npm run test:components`), not a project in
 * vitest.config.ts, whose every run would then set Astro up: the unit project stays plain and fast.
 */
// Astro's setup runs the content check; it checks the frozen copy, never the live content staff publish to.
process.env.INSYN_CONTENT_DIR ??= 'test/fixtures/bundled/content';

export default getViteConfig({
  test: { name: 'components', include: ['test/components/**/*.test.ts'], environment: 'node' },
});
