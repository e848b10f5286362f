/**
 * The one reader of MDX frontmatter, as Astro reads it: YAML between `---` lines at the
 * very top of the file, then the text.
 */
import yaml from 'js-yaml';
import { errorMessage } from './records.ts';

// Spaces after a `---` line are invisible in an editor, so they are allowed, as YAML allows them.
const FRONTMATTER = /^(\uFEFF?---[ \t]*(\r?\n))([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;

export interface FrontmatterParts {
  /** The opening `---` line, with its line ending (and a byte order mark, if any). */
  open: string;
  /** The file's line ending. */
  eol: string;
  /** The YAML between the lines. */
  yaml: string;
  /** The closing `---` line. */
  close: string;
  /** Everything after the closing line: the MDX text. */
  text: string;
}

/** Cuts an MDX file into its frontmatter and its text, byte for byte; undefined without frontmatter. */
export function splitFrontmatter(source: string): FrontmatterParts | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  const [whole, open, eol, yamlText, close] = match;
  return { open, eol, yaml: yamlText, close, text: source.slice(whole.length) };
}

/** Why no frontmatter was found: none at all, or an opening `---` whose closing line is missing or misspelt. */
function missingFrontmatter(source: string): string {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^---[ \t]*$/.test(lines[0]))
    return 'saknar frontmatter: filen ska börja med en rad ---, fälten, och en rad ---';
  const near = lines.findIndex((line, index) => index > 0 && /^\s*-{3,}/.test(line));
  if (near > 0)
    return `frontmatterns avslutande rad (rad ${near + 1}) ska vara bara tre bindestreck ---, utan annat på raden: rätta rad ${near + 1}`;
  return `frontmattern som börjar på rad 1 avslutas aldrig: skriv en rad med bara --- efter det sista fältet (filen har ${lines.length} rader)`;
}

/** How many lines of the file come before the text (the frontmatter with its `---` lines). */
function linesBeforeText(parts: FrontmatterParts): number {
  return `${parts.open}${parts.yaml}${parts.close}`.split('\n').length - 1;
}

/**
 * An MDX file's fields and text, with the number of lines before the text (so a line of
 * the text can be named in the file), or what keeps it from being read, in Swedish.
 */
export function parseMdx(source: string): { data?: unknown; text?: string; textLine?: number; error?: string } {
  const parts = splitFrontmatter(source);
  if (!parts) return { error: missingFrontmatter(source) };
  try {
    return { data: yaml.load(parts.yaml) ?? {}, text: parts.text, textLine: linesBeforeText(parts) };
  } catch (error) {
    const yamlError = error instanceof yaml.YAMLException ? error : undefined;
    const closing = linesBeforeText(parts);
    const line = yamlError?.mark ? Math.min(yamlError.mark.line + 2, closing) : undefined;
    // An error found only at the end (a quote or bracket never closed) is where the frontmatter closes.
    const where =
      line === undefined ? '' : line === closing ? ` (rad ${line}, frontmatterns avslutande ---)` : ` (rad ${line})`;
    const reason = yamlError?.reason ?? errorMessage(error).split('\n')[0];
    return { error: `frontmattern är inte giltig YAML${where}: ${yamlReason(reason)}` };
  }
}

/** js-yaml's reasons, in Swedish with what to do; the first that matches wins. */
const YAML_REASONS: [RegExp, string][] = [
  [/duplicated mapping key/, 'ett fält står två gånger: ta bort det ena'],
  [/bad indentation/, 'ett fält har fel indrag: fält på samma nivå ska börja i samma kolumn, med blanksteg, inte tabb'],
  [/within a double quoted scalar/, 'ett citattecken " öppnas men stängs aldrig'],
  [/within a single quoted scalar/, "ett citattecken ' öppnas men stängs aldrig"],
  [/within a flow collection|missed comma between flow collection entries/, 'en lista [ … ] eller ett objekt { … } är inte rätt stängd: kontrollera kommatecken och klamrar'],
  [/multiline key|block mapping entry|implicit key/, 'en rad saknar kolon efter fältnamnet, eller en text fortsätter på nästa rad utan citattecken'],
  [/incomplete explicit mapping pair|a key node is missed/, 'ett kolon står där ett fältnamn väntades: sätt texter med kolon inom citattecken'],
  [/end of the stream or a document separator is expected/, 'något står där ett nytt fält väntades: kontrollera indrag och kolon'],
  [/tab/i, 'en tabb står i indraget: använd blanksteg'],
];

function yamlReason(reason: string): string {
  return (
    YAML_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ??
    'kontrollera indraget (blanksteg, inte tabb) och att texter med kolon står inom citattecken'
  );
}
