/**
 * The page `npm run dev` shows instead of the site while the content has problems: the
 * same Swedish list as `npm run check`, one section per file. It reloads itself every two
 * seconds, so the site comes back as soon as the files are fixed.
 */
import { formatProblems, type Problem } from '#lib/core/problems.ts';
import { escapeXml } from '#lib/core/xml.ts';

export const PROBLEM_PAGE_RELOAD_SECONDS = 2;

export function problemPage(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of [...problems].sort((a, b) => a.file.localeCompare(b.file))) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  const sections = [...byFile]
    .map(
      ([file, list]) =>
        `<section><h2><code>${escapeXml(file)}</code></h2><ul>${list
          .map((p) => `<li>${p.field ? `<code>${escapeXml(p.field)}</code>: ` : ''}${escapeXml(p.message)}</li>`)
          .join('')}</ul></section>`,
    )
    .join('\n');
  const heading = formatProblems(problems).split('\n')[0].replace(/:$/, '');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${PROBLEM_PAGE_RELOAD_SECONDS}">
<title>${escapeXml(heading)} – förhandsvisningen väntar</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2em}li{margin:.4rem 0}</style>
</head>
<body>
<main>
<h1>${escapeXml(heading)}</h1>
<p>Förhandsvisningen visar webbplatsen igen när filerna är rättade; sidan laddas om av sig själv. <code>npm run check</code> visar samma lista.</p>
${sections}
</main>
</body>
</html>
`;
}
