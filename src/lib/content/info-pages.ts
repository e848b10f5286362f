/**
 * Reads the information pages (`content/sidor/*.mdx`) from their text: the frontmatter
 * against its schema, the text against the safe MDX subset, and the file name as the page's
 * address. Every problem in Swedish, all at once. The files are read by `src/data/`.
 */
import { ID_PATTERN } from '../../schemas/common.ts';
import { INFO_PAGES_DIR, type InfoPageData, infoPageSchema } from '../../schemas/page.ts';
import { fieldPath, type Problem } from '#lib/core/problems.ts';
import { parseMdx } from './frontmatter.ts';
import { mdxSubsetIssues } from './mdx-subset.ts';
import { swedishErrors } from './zod-messages.ts';

export interface InfoPage {
  id: string;
  file: string;
  data: InfoPageData;
  text: string;
}

/** The page's date in the search index, which decides its index part: undated pages go into the first part, which every search loads. */
export function infoPageSortDate(data: InfoPageData): string {
  return data.translated ?? '';
}

/** Parses the pages' files (`file` from the project root, `text` as read); ignores README.md and .gitkeep. */
export function parseInfoPages(files: readonly { file: string; text: string }[]): {
  pages: InfoPage[];
  problems: Problem[];
} {
  const pages: InfoPage[] = [];
  const problems: Problem[] = [];
  for (const { file, text } of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (name === 'README.md' || name === '.gitkeep') continue;
    if (!name.endsWith('.mdx')) {
      problems.push({ file, field: '', message: `fel filtyp: sidorna i content/${INFO_PAGES_DIR}/ ska sluta på .mdx` });
      continue;
    }
    const id = name.slice(0, -'.mdx'.length);
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        field: '',
        message:
          'filnamnet blir sidans adress: bara små bokstäver a–z, siffror och bindestreck, som sydsamiska-information.mdx',
      });
      continue;
    }
    const parsed = parseMdx(text);
    if (parsed.error) {
      problems.push({ file, field: '', message: parsed.error });
      continue;
    }
    const result = infoPageSchema.safeParse(parsed.data, { error: swedishErrors });
    if (!result.success)
      problems.push(
        ...result.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message })),
      );
    const body = parsed.text ?? '';
    const before = problems.length;
    if (!body.trim())
      problems.push({
        file,
        field: '(texten)',
        message: 'sidans text saknas: klistra in översättarens text under frontmatterns avslutande ---',
      });
    for (const issue of mdxSubsetIssues(body))
      problems.push({ file, field: `(texten, rad ${issue.line + (parsed.textLine ?? 0)})`, message: issue.message });
    if (result.success && problems.length === before) pages.push({ id, file, data: result.data, text: body });
  }
  return { pages: pages.sort((a, b) => a.id.localeCompare(b.id)), problems };
}
