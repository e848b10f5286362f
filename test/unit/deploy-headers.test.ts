/**
 * The hosts' header files are written by `npm run headers` from src/lib/core/security.ts and
 * the organisation's configuration: the committed ones must be what it writes now, the embed
 * pages are the only exception to "no framing", and the editor's policy names only the Git
 * host its configuration names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsBackend, cmsConnectSources } from '#lib/content/cms-config.ts';
import { headersFileText, nginxConfText } from '#lib/core/deploy-headers.ts';
import { EMBED_PATH } from '#lib/core/security.ts';
import { deployFiles } from '../../scripts/headers.ts';
import { readConfiguration, siteAddressOf } from '../../src/data/configuration.ts';
import { configurationSchema } from '../../src/schemas/configuration.ts';
import { SAMPLE_CONFIG_INPUT } from '../helpers/configuration.ts';
import { LIVE_CONTENT } from '../helpers/live-content.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('the deployment header files', () => {
  it('are what npm run headers writes (run it after changing the policy)', () => {
    const { editor } = readConfiguration(LIVE_CONTENT);
    for (const [file, text] of deployFiles(ROOT, siteAddressOf(LIVE_CONTENT), editor))
      expect(readFileSync(join(ROOT, file), 'utf8'), file).toBe(text);
  });

  const facts = {
    styleHashes: ['sha256-abc='],
    serverName: 'insyn.example',
    adminConnectSources: ['http://localhost:8081'],
  };

  it('forbid framing everywhere but under the embed path', () => {
    const text = headersFileText(facts);
    const blocks = text.split(/\n(?=\/)/);
    const site = blocks.find((block) => block.startsWith('/*'));
    expect(site).toContain("frame-ancestors 'none'");
    expect(site).toContain('X-Frame-Options: DENY');
    const embed = blocks.find((block) => block.startsWith(`${EMBED_PATH}*`));
    expect(embed).toContain('frame-ancestors *');
    expect(embed).toContain('! X-Frame-Options');
    expect(embed).not.toMatch(/^ {2}X-Frame-Options/m);
    expect(text.match(/frame-ancestors \*$/gm)).toHaveLength(1);
  });

  it('name the configured host in nginx and every style hash in both', () => {
    const conf = nginxConfText(facts);
    expect(conf).toMatch(/server_name insyn\.example;/);
    expect(conf).toContain("'sha256-abc='");
    expect(headersFileText(facts)).toContain("'sha256-abc='");
    expect(conf.match(/frame-ancestors \*/g)).toHaveLength(1);
  });

  /** The `/admin/*` policy's connect-src in both files, for the configuration's editor settings. */
  function adminConnectSrc(editor: unknown): string[][] {
    const settings = configurationSchema.parse({ ...SAMPLE_CONFIG_INPUT, editor }).editor;
    const withEditor = { ...facts, adminConnectSources: cmsConnectSources(cmsBackend(settings)) };
    const headers = headersFileText(withEditor)
      .split(/\n(?=\/)/)
      .find((block) => block.startsWith('/admin/*'))!;
    const conf = nginxConfText(withEditor);
    const nginx = conf.slice(conf.indexOf('location ^~ /admin/'));
    return [headers, nginx].map((text) => /connect-src ([^;]*);/.exec(text)![1].split(' '));
  }

  it('give /admin/ a policy for the configured Git host only', () => {
    expect(adminConnectSrc(undefined)).toEqual(Array(2).fill(["'self'", 'blob:', 'http://localhost:8081']));
    expect(
      adminConnectSrc({ backend: 'gitlab', repo: 'it/insyn', url: 'https://gitlab.region.se', appId: 'abc' }),
    ).toEqual(Array(2).fill(["'self'", 'blob:', 'https://gitlab.region.se']));
    expect(
      adminConnectSrc({
        backend: 'azure',
        repo: 'region/Insyn/insyn',
        tenantId: 'region.onmicrosoft.com',
        appId: '11111111-2222-3333-4444-555555555555',
      }),
    ).toEqual(Array(2).fill(["'self'", 'blob:', 'https://dev.azure.com', 'https://app.vssps.visualstudio.com']));
    expect(adminConnectSrc({ backend: 'github', repo: 'region/insyn' })).toEqual(
      Array(2).fill(["'self'", 'blob:', 'https://api.github.com']),
    );
  });
});
