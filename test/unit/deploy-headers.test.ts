/**
 * The hosts' header files are written by `npm run headers` from src/lib/core/security.ts: the
 * committed ones must be what it writes now, and the embed pages are the only exception to
 * "no framing".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFileText, nginxConfText } from '#lib/core/deploy-headers.ts';
import { EMBED_PATH } from '#lib/core/security.ts';
import { deployFiles } from '../../scripts/headers.ts';
import { siteAddressOf } from '../../src/data/configuration.ts';
import { LIVE_CONTENT } from '../helpers/live-content.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('the deployment header files', () => {
  it('are what npm run headers writes (run it after changing the policy)', () => {
    for (const [file, text] of deployFiles(ROOT, siteAddressOf(LIVE_CONTENT)))
      expect(readFileSync(join(ROOT, file), 'utf8'), file).toBe(text);
  });

  const facts = { styleHashes: ['sha256-abc='], serverName: 'insyn.example' };

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
});
