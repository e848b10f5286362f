/**
 * What the staff-command tests share: a fresh copy of the content to run a command on, and
 * `npm run new` command lines for entries that pass the check as given.
 */
import { join } from 'node:path';
import { type Run, runScript } from './cli.ts';
import { contentWithFixture } from './content.ts';

/** A copy of the frozen content (test/fixtures/bundled/), and `run` for `script` with `--content` pointing at it. */
export function commandOnFreshContent(script: string): {
  dir: string;
  content: string;
  run: (args: string[], input?: string) => Run;
} {
  const dir = contentWithFixture();
  const content = join(dir, 'content');
  const run = (args: string[], input?: string) => runScript(script, [...args, '--content', content], { input });
  return { dir, content, run };
}

type Flags = Record<string, string>;

/** `{ title: 'X' }` as command-line flags, `--title X`, in the order given. */
export function asFlags(flags: Flags): string[] {
  return Object.entries(flags).flatMap(([flag, value]) => [`--${flag}`, value]);
}

/** `npm run new -- uppdrag` for the 2024 plan, with `flags` added or replaced. */
export function newUppdrag(flags: Flags = {}): string[] {
  return [
    'uppdrag',
    ...asFlags({
      title: 'Öka tillgängligheten på vårdcentralerna',
      plan: 'rs-plan-och-budget-2024',
      strategy: 'god-och-nara-vard',
      origin: 'egen',
      responsible: 'regionstaben',
      description: 'Väntetiderna ska bli kortare.',
      ...flags,
    }),
  ];
}

/** `npm run new -- dokument`: a tjänsteskrivelse (its text comes from `--text` or `--text-file`). */
export function newDocument(flags: Flags = {}): string[] {
  return [
    'dokument',
    ...asFlags({
      title: 'Tjänsteskrivelse om delårsrapporten',
      kind: 'tjansteskrivelse',
      dnr: 'RS/123/2024',
      date: '2024-09-01',
      unit: 'regionstaben',
      'signed-by': 'Sara Lewerentz, regiondirektör',
      ...flags,
    }),
  ];
}

/** `npm run new -- nyckeltal`: a made-up långsiktigt nyckeltal of the regionplan, for Kolada tests. */
export function newTestIndicator(flags: Flags = {}): string[] {
  return [
    'nyckeltal',
    ...asFlags({
      title: 'Testindikator från Kolada',
      plan: 'regionplan-2024-2026',
      strategy: 'god-och-nara-vard',
      term: 'langsiktig',
      description: 'Ett påhittat mått för test.',
      unit: 'kr/inv',
      direction: 'lower',
      ...flags,
    }),
  ];
}
