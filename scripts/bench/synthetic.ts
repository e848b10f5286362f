/**
 * Synthetic content for the benchmark: the bundled content plus copies of the 2024 board
 * plan spread over many bodies and years, each plan with its 38 uppdrag, 23 nyckeltal,
 * three reporting periods with statuses that change from one report to the next, three
 * reports each approved by a decision, the plan's own decision, a document and activity
 * counts. Each item continues its namesake in the same body's plan of the year before, so
 * a body's items form chains across the years as real plans do. Every synthetic entry is
 * marked illustrative and passes the same validation as real content.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import type { SourceFile } from '#lib/content/content-files.ts';
import { CONFIGURATION_FILE } from '#lib/content/configuration.ts';
import { readContentFiles } from '../../src/data/content-files.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

const TEMPLATE_PLAN = 'rs-plan-och-budget-2024';
/** Each reporting period: its id's start, last day, the report on it and the day the body approved the report. */
const PERIODS = [
  ['april', 'per-april', '04-30', 'tertialrapport', '05-21'],
  ['augusti', 'per-augusti', '08-31', 'delarsrapport', '09-24'],
  ['helar', 'helar', '12-31', 'arsredovisning', '12-17'],
] as const;
const UPPDRAG_CYCLE = ['delvis-uppfyllt', 'helt-uppfyllt', 'delvis-uppfyllt', 'ej-uppfyllt'] as const;
const NYCKELTAL_CYCLE = ['helt-uppfyllt', 'delvis-uppfyllt', 'ej-uppfyllt', 'gar-ej-att-mata'] as const;
const NOTE = 'Syntetiskt innehåll för prestandamätning: allt i posten är exempel.';

type Data = Record<string, unknown>;
interface OutFile {
  path: string;
  text: string;
}

const json = (collection: CollectionName, id: string, data: Data, folder = ''): OutFile => ({
  path: join(collection, folder, `${id}.json`),
  text: `${JSON.stringify(data, null, 2)}\n`,
});
const mdx = (collection: CollectionName, id: string, data: Data, text: string, folder = ''): OutFile => ({
  path: join(collection, folder, `${id}.mdx`),
  text: `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${text}`,
});

/** The files of `scale` times the bundled plan: scale 1 is the bundled content as is. */
export function syntheticFiles(base: SourceFile[], scale: number): OutFile[] {
  const out: OutFile[] = base.map((f) =>
    f.text === undefined ? json(f.collection, f.id, f.data as Data) : mdx(f.collection, f.id, f.data as Data, f.text),
  );
  const plans = scale - 1;
  if (plans <= 0) return out;
  const bodies = Math.ceil(Math.sqrt(plans));
  const years = new Set<number>();
  const uppdrag = base.filter((f) => f.collection === 'uppdrag' && (f.data as Data).plan === TEMPLATE_PLAN);
  const nyckeltal = base.filter((f) => f.collection === 'nyckeltal' && (f.data as Data).plan === TEMPLATE_PLAN);
  const document = base.find((f) => f.collection === 'documents' && f.id === 'uppfoljning-rs-plan-och-budget-2024')!;

  for (let b = 0; b < bodies; b++) {
    out.push(
      json('bodies', `syn-namnd-${b}`, {
        name: `Syntetisk nämnd ${b + 1}`,
        shortName: `SN${b + 1}`,
        kind: 'namnd',
        organisation: 'region-jamtland-harjedalen',
        description: 'En nämnd som bara finns i prestandamätningen.',
        illustrative: NOTE,
      }),
    );
  }
  for (let n = 0; n < plans; n++) {
    const b = n % bodies;
    const year = 2023 - Math.floor(n / bodies);
    years.add(year);
    const plan = `syn-plan-${b}-${year}`;
    const decision = `syn-beslut-${b}-${year}`;
    const body = `syn-namnd-${b}`;
    const dnr = `SN${String.fromCharCode(65 + (b % 26))}/${100 + b}/${year - 1}`;
    const periodIds = PERIODS.map(([, slug]) => `${slug}-${year}`);
    out.push(
      json('decisions', decision, {
        body,
        date: `${year - 1}-11-08`,
        paragraph: 100 + b,
        dnr,
        title: `Plan och budget ${year} för syntetisk nämnd ${b + 1}`,
        summary: 'Nämnden fastställde sin plan.',
        illustrative: NOTE,
      }),
    );
    out.push(
      json('plans', plan, {
        title: `Syntetisk nämnd ${b + 1}: plan och budget ${year}`,
        body,
        kind: 'plan-och-budget',
        startYear: year,
        endYear: year,
        vocabulary: 'uppdrag-nyckeltal',
        dnr,
        parent: 'regionplan-2024-2026',
        summary: 'En plan som bara finns i prestandamätningen.',
        decisions: [{ decision, role: 'faststalld' }],
        periods: periodIds,
        illustrative: NOTE,
      }),
    );
    const reports = PERIODS.map(([, , , kind]) => `syn-${kind}-${b}-${year}`);
    PERIODS.forEach(([, , end, kind, approved], i) => {
      const approval = `syn-beslut-${kind}-${b}-${year}`;
      out.push(
        json('decisions', approval, {
          body,
          date: `${year}-${approved}`,
          paragraph: 200 + i,
          dnr,
          title: `Syntetisk ${kind} ${year}, nämnd ${b + 1}`,
          summary: 'Nämnden godkände rapporten.',
          illustrative: NOTE,
        }),
      );
      out.push(
        json('reports', reports[i], {
          title: `Syntetisk ${kind} ${year}, nämnd ${b + 1}`,
          kind,
          plan,
          period: periodIds[i],
          date: `${year}-${end}`,
          dnr,
          summary: 'En rapport som bara finns i prestandamätningen.',
          decisions: [approval],
          illustrative: NOTE,
        }),
      );
    });
    // The same body's plan of the year before, when the content has one: items carry on from it.
    const previous = n + bodies < plans ? year - 1 : undefined;
    const carriedOn = (id: string) => (previous === undefined ? {} : { continues: `${id}-${b}-${previous}` });
    out.push(
      json('activities', `syn-aktiviteter-${b}-${year}`, {
        plan,
        units: ['regionstaben'],
        illustrative: NOTE,
        counts: periodIds.map((period, i) => ({
          period,
          report: reports[i],
          counts: { planerad: 40 - 10 * i, pagaende: 150, forsenad: 10 + i, genomford: 10 + 20 * i },
        })),
      }),
    );
    out.push(
      mdx(
        'documents',
        `syn-dokument-${b}-${year}`,
        {
          ...(document.data as Data),
          title: `Uppföljning av plan ${year}, nämnd ${b + 1}`,
          dnr,
          date: `${year}-05-07`,
          decisions: [decision],
          plans: [plan],
          reports: [reports[0]],
          illustrative: NOTE,
        },
        document.text!,
      ),
    );
    uppdrag.forEach((template, i) => {
      const data = template.data as Data;
      out.push(
        mdx(
          'uppdrag',
          `${template.id}-${b}-${year}`,
          {
            ...data,
            plan,
            ...carriedOn(template.id),
            decisions: [decision],
            documents: [],
            illustrative: NOTE,
            statuses: periodIds.map((period, p) => ({
              period,
              status: UPPDRAG_CYCLE[(i + p) % UPPDRAG_CYCLE.length],
              text: `Läget ${period}: arbetet fortsätter.`,
            })),
          },
          template.text!,
          plan,
        ),
      );
    });
    nyckeltal.forEach((template, i) => {
      const data = template.data as Data & { targets: { value: number }[] };
      out.push(
        json(
          'nyckeltal',
          `${template.id}-${b}-${year}`,
          {
            ...data,
            plan,
            ...carriedOn(template.id),
            decisions: [decision],
            documents: [],
            illustrative: NOTE,
            targets: [{ year, value: data.targets[0]?.value ?? 50 }],
            results: periodIds.map((period, p) => {
              const status = NYCKELTAL_CYCLE[(i + p) % NYCKELTAL_CYCLE.length];
              return {
                period,
                status,
                value: status === 'gar-ej-att-mata' ? null : 40 + ((i * 7 + p * 3) % 50),
                comment: `Utfall ${period}.`,
              };
            }),
          },
          plan,
        ),
      );
    });
  }
  for (const year of years) {
    if (year === 2024 || year === 2020) continue;
    for (const [kind, slug, end] of PERIODS)
      out.push(json('periods', `${slug}-${year}`, { year, kind, endDate: `${year}-${end}` }));
  }
  return out;
}

/** Writes `scale` times the content of `root` into `target`/content. */
export function writeSyntheticContent(root: string, target: string, scale: number): number {
  const { files, problems } = readContentFiles(join(root, 'content'), root);
  if (problems.length > 0) throw new Error('The bundled content has problems: run npm run check');
  const out = syntheticFiles(files, scale);
  for (const file of out) {
    const path = join(target, 'content', file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  // The organisation is the same at any scale: its configuration is copied as it is.
  copyFileSync(join(root, 'content', CONFIGURATION_FILE), join(target, 'content', CONFIGURATION_FILE));
  return out.length;
}
