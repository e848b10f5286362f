/**
 * The ready pipelines: GitHub's workflow files pass action-validator (the workflow JSON
 * Schema, from npm), and do what docs/driftsattning.md says; GitLab's file (no validator
 * that works without GitLab's API is on npm) is parsed and its jobs checked here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

const WORKFLOWS = ['check', 'deploy', 'inkorg'].map((name) => `.github/workflows/${name}.yml`);
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { steps?: Step[] }> };
const workflow = (file: string) => yaml.load(readFileSync(join(ROOT, file), 'utf8')) as Workflow;
const steps = (file: string) => Object.values(workflow(file).jobs).flatMap((job) => job.steps ?? []);
const runs = (file: string) => steps(file).flatMap((s) => (s.run ? [s.run] : []));

describe('GitHub Actions workflows', () => {
  it.each(WORKFLOWS)('%s passes action-validator', (file) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/@action-validator/cli/cli.mjs'), file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });

  it('the validator fails a broken workflow (so a pass means something)', () => {
    const broken = join(ROOT, 'test/fixtures/workflows/broken.yml');
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/@action-validator/cli/cli.mjs'), broken], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
  });

  it('check.yml: on a pull request, install, check with annotations, typecheck, lint, build, unit tests, and dist/ as an artifact', () => {
    expect(Object.keys(workflow('.github/workflows/check.yml').on)).toContain('pull_request');
    expect(runs('.github/workflows/check.yml')).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run check -- --format github',
      'npm run typecheck',
      'npm run lint',
      'npm run build',
      'npm run test:unit',
    ]);
    const upload = steps('.github/workflows/check.yml').find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist/');
  });

  it('deploy.yml: on main, from the full history, SITE_URL and INSYN_REPO_URL from repository variables, to GitHub Pages', () => {
    const file = '.github/workflows/deploy.yml';
    expect(workflow(file).on.push).toEqual({ branches: ['main'] });
    const all = steps(file);
    expect(all.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toEqual({ 'fetch-depth': 0 });
    const build = all.find((s) => s.run === 'npm run build')!;
    expect(build.env).toMatchObject({ SITE_URL: '${{ vars.SITE_URL }}', INSYN_REPO_URL: '${{ vars.INSYN_REPO_URL }}' });
    expect(all.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
    expect(all.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('inkorg.yml: on an upload to inkorg/ or by hand, runs the inbox script and opens a pull request with its description', () => {
    const file = '.github/workflows/inkorg.yml';
    const on = workflow(file).on as {
      push: { paths: string[] };
      workflow_dispatch: { inputs: Record<string, unknown> };
    };
    expect(on.push.paths).toEqual(['inkorg/**']);
    expect(Object.keys(on.workflow_dispatch.inputs)).toEqual(['file', 'period', 'mapping']);
    expect(runs(file).join('\n')).toContain('npm run inbox -- --body "$RUNNER_TEMP/beskrivning.md"');
    const pr = steps(file).find((s) => s.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pr?.with?.['body-path']).toBe('${{ runner.temp }}/beskrivning.md');
  });
});

describe('GitLab CI', () => {
  type Job = { script: string[]; rules?: { if: string }[]; artifacts?: { paths: string[] } };
  const config = yaml.load(readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8')) as Record<string, unknown> & {
    variables: Record<string, string>;
    stages: string[];
  };
  const job = (name: string) => config[name] as Job & { stage: string };

  it('parses, with every job in a declared stage and a script', () => {
    const jobs = Object.keys(config).filter((k) => !['default', 'variables', 'stages'].includes(k));
    expect(jobs.sort()).toEqual(['check', 'pages']);
    for (const name of jobs) {
      expect(config.stages, name).toContain(job(name).stage);
      expect(job(name).script.length, name).toBeGreaterThan(0);
    }
  });

  it('checks, type-checks, lints and builds every merge request, keeping the built site; publishes main with a pages job from the full history', () => {
    expect(config.variables.GIT_DEPTH).toBe('0');
    expect(job('check').rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(job('check').script.join('\n')).toMatch(
      /npm run check -- --format json[\s\S]*npm run typecheck[\s\S]*npm run lint[\s\S]*npm run build[\s\S]*npm run test:unit/,
    );
    expect(job('check').artifacts?.paths).toContain('dist/');
    expect(job('pages').rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(job('pages').script).toContain('npm run build');
    expect(job('pages').artifacts?.paths).toEqual(['public']);
  });
});
