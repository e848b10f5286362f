/**
 * `npm run headers`: writes `public/_headers` and `docs/nginx.conf` from
 * src/lib/core/security.ts and the organisation's configuration (the site's address, the
 * editor's Git host), so the hosts' headers never say anything else than the site's policy.
 * Run it after changing the policy, the chart stylesheet or `editor` in content/insyn.json; the tests fail while the
 * committed files are stale. `--check` changes nothing and exits 1 when a file is out of date.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmsBackend, cmsConnectSources } from '#lib/content/cms-config.ts';
import { type DeployFacts, headersFileText, nginxConfText } from '#lib/core/deploy-headers.ts';
import type { EditorSettings } from '../src/schemas/configuration.ts';
import { getConfiguration, SITE_URL } from '../src/data/configuration.ts';
import { EXIT, noPositionals, parseCommandLine, ROOT } from './cli.ts';

const HELP = `Användning: npm run headers [-- --check]

Skriver public/_headers och docs/nginx.conf, webbservrarnas rubriker (säkerhetspolicy med
mera), från src/lib/core/security.ts och content/insyn.json (webbplatsens adress och
redigerarens värd, editor). Kör kommandot när policyn, diagrammens stilmall
(src/charts/chart.css) eller editor i insyn.json har ändrats, och checka in resultatet.

Flaggor:
  --check     ändra ingenting; avsluta med kod 1 om en fil är inaktuell
  -h, --help  visa den här hjälpen

Slutkoder: 0 = klart (eller allt aktuellt med --check), 1 = inaktuella filer med --check,
2 = fel i kommandot.`;

/**
 * The files and their text, from the stylesheet the chart downloads carry, the site's address
 * and the editor's settings (the Git host its `/admin/*` policy may talk to).
 */
export function deployFiles(
  root: string,
  siteUrl: string = SITE_URL,
  editor: EditorSettings | undefined = getConfiguration().editor,
): [file: string, text: string][] {
  const chartCss = readFileSync(join(root, 'src/charts/chart.css'), 'utf8');
  const facts: DeployFacts = {
    styleHashes: [`sha256-${createHash('sha256').update(chartCss).digest('base64')}`],
    serverName: new URL(siteUrl).hostname,
    adminConnectSources: cmsConnectSources(cmsBackend(editor)),
  };
  return [
    ['public/_headers', headersFileText(facts)],
    ['docs/nginx.conf', nginxConfText(facts)],
  ];
}

if (import.meta.main) {
  const { values, positionals } = parseCommandLine(
    'headers',
    { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    { help: HELP },
  );
  noPositionals('headers', positionals);
  const stale = deployFiles(ROOT).filter(([file, text]) => {
    let current: string | undefined;
    try {
      current = readFileSync(join(ROOT, file), 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) return false;
    if (!values.check) writeFileSync(join(ROOT, file), text);
    return true;
  });
  if (values.check && stale.length > 0) {
    console.error(`Inaktuella filer; kör npm run headers:\n${stale.map(([f]) => `  ${f}`).join('\n')}`);
    process.exit(EXIT.problems);
  }
  console.log(
    values.check
      ? 'Rubrikfilerna är aktuella.'
      : stale.length > 0
        ? `Uppdaterade ${stale.length} filer.`
        : 'Allt var redan aktuellt.',
  );
}
