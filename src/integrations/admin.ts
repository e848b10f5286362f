/**
 * The browser editor at `/admin/`: when the build is done, copies Decap CMS's prebuilt bundle
 * (the `decap-cms` package: `decap-cms-app` with React) from node_modules into dist/admin/ (self-hosted, no CDN), writes its page with its own
 * Content-Security-Policy, and its configuration: the committed, generated
 * `public/admin/config.yml` with the backend that the organisation's configuration names
 * (`editor` in insyn.json; without it, the local backend).
 * Nothing else in the site links to or loads any of it.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { adminPolicy } from '#lib/core/security.ts';
import { recordOrEmpty } from '#lib/content/records.ts';
import { ADMIN_DIR, cmsAdminPage, cmsBackend, cmsConnectSources, CMS_BUNDLE } from '#lib/content/cms-config.ts';
import { getConfiguration } from '../data/configuration.ts';

/** Decap's full bundle (React included), its lazily loaded parts, its licences and its WebAssembly. */
const BUNDLE_FILE = /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/;

export function adminEditor(): AstroIntegration {
  return {
    name: 'insyn:admin',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), ADMIN_DIR);
        mkdirSync(out, { recursive: true });
        const bundleDir = dirname(createRequire(import.meta.url).resolve(`decap-cms/dist/${CMS_BUNDLE}`));
        const files = readdirSync(bundleDir).filter((f) => BUNDLE_FILE.test(f));
        for (const file of files) copyFileSync(join(bundleDir, file), join(out, file));
        const committed = yaml.load(readFileSync(join(process.cwd(), 'public', ADMIN_DIR, 'config.yml'), 'utf8'));
        // The content check has refused an invalid configuration before the build began.
        const backend = cmsBackend(getConfiguration().editor);
        const config = { ...backend, ...recordOrEmpty(committed), ...backend };
        writeFileSync(join(out, 'config.yml'), yaml.dump(config, { lineWidth: -1, noRefs: true }));
        writeFileSync(join(out, 'index.html'), cmsAdminPage(adminPolicy(cmsConnectSources(backend)), CMS_BUNDLE));
        logger.info(`/${ADMIN_DIR}/: redigeraren (${files.length} filer), backend ${backend.backend.name}.`);
      },
    },
  };
}
