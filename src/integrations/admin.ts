/**
 * The browser editor at `/admin/`: when the build is done, writes the editor's own script
 * (Decap CMS from `decap-cms-app` with Insyn's widgets, file formats and preview, bundled
 * once and cached: admin-bundle.ts) into dist/admin/ (self-hosted, no CDN), its page with its own
 * Content-Security-Policy, and its configuration: the committed, generated
 * `public/admin/config.yml` with the backend that the organisation's configuration names
 * (`editor` in insyn.json; without it, the local backend) and the site's name, address and logo.
 * Nothing else in the site links to or loads any of it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { adminPolicy } from '#lib/core/security.ts';
import { recordOrEmpty } from '#lib/content/records.ts';
import {
  ADMIN_DIR,
  cmsBackend,
  cmsConnectSources,
  type CmsCollection,
  cmsViewFilters,
  type NamedEntry,
} from '#lib/content/cms-config.ts';
import { textOf } from '#lib/content/records.ts';
import { CONTENT_DIR } from '../config/env.ts';
import { cmsAdminPage, cmsSiteSettings } from '#lib/content/cms-page.ts';
import { getConfiguration } from '../data/configuration.ts';
import { EDITOR_BUNDLE, writeEditorBundle } from './admin-bundle.ts';

/** A collection's entries by id with the field that names them, read from the content folder. */
function named(collection: 'plans' | 'units', key: 'title' | 'name'): NamedEntry[] {
  const folder = join(CONTENT_DIR, collection);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => {
      const name = textOf(recordOrEmpty(JSON.parse(readFileSync(join(folder, file), 'utf8')))[key]);
      return name ? [{ id: file.replace(/\.json$/, ''), name }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export function adminEditor(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'insyn:admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const out = join(root, ADMIN_DIR);
        mkdirSync(out, { recursive: true });
        const started = performance.now();
        const { bundled } = await writeEditorBundle(process.cwd(), out);
        const committed = yaml.load(readFileSync(join(process.cwd(), 'public', ADMIN_DIR, 'config.yml'), 'utf8'));
        // The content check has refused an invalid configuration before the build began.
        const backend = cmsBackend(getConfiguration().editor);
        const generated = recordOrEmpty(committed);
        // The lists' filters name the plans and units there are now (cmsViewFilters).
        const [plans, units] = [named('plans', 'title'), named('units', 'name')];
        const collections = (Array.isArray(generated.collections) ? generated.collections : []).map((c) =>
          cmsViewFilters(c as CmsCollection, plans, units),
        );
        const config = { ...backend, ...generated, collections, ...backend, ...cmsSiteSettings(site) };
        writeFileSync(join(out, 'config.yml'), yaml.dump(config, { lineWidth: -1, noRefs: true }));
        // The preview shows an entry with the site's own stylesheets, as Astro named them in this build.
        const styles = readdirSync(join(root, '_astro'))
          .filter((file) => file.endsWith('.css'))
          .map((file) => `/_astro/${file}`);
        writeFileSync(
          join(out, 'index.html'),
          cmsAdminPage(adminPolicy(cmsConnectSources(backend)), EDITOR_BUNDLE, styles),
        );
        const took = `${Math.round(performance.now() - started)} ms`;
        logger.info(
          `/${ADMIN_DIR}/: redigeraren (${bundled ? `paketerad på ${took}` : `från cachen, ${took}`}), backend ${backend.backend.name}.`,
        );
      },
    },
  };
}
