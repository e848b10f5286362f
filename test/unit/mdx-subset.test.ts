/** The safe MDX subset: what staff may write passes, anything that would run, load or send does not. */
import { describe, expect, it } from 'vitest';
import { linkUrlProblem, mdxSubsetIssues } from '#lib/content/mdx-subset.ts';

describe('mdxSubsetIssues', () => {
  it('accepts Markdown, the listed elements, and < and { written as text', () => {
    const text = [
      '## Rubrik',
      '',
      'Andelen var \\<5 % och \\{ står som text, &lt; också.',
      '',
      '- punkt med **fet** och *kursiv* text och ~~struken~~',
      '',
      '| År | Andel |',
      '| --- | --- |',
      '| 2024 | 4,5 % |',
      '',
      '<abbr title="Region Jämtland Härjedalen">RJH</abbr>, CO<sub>2</sub>, m<sup>2</sup>, <a href="/beslut/">beslut</a>.',
      '',
      '[a](https://x.se) [b](http://x.se) [c](mailto:a@x.se) [d](tel:+4663) [e](/om/) [f](#rubrik) ![karta](/karta.png)',
    ].join('\n');
    expect(mdxSubsetIssues(text)).toEqual([]);
  });

  it('names the line of each problem, in order, all at once', () => {
    const issues = mdxSubsetIssues(
      'Text\n\n<iframe src="https://x.se/" />\n\nMer {1 + 1} och [x](javascript:alert(1))\n',
    );
    expect(issues.map((i) => i.line)).toEqual([3, 5, 5]);
    expect(issues[0].message).toMatch(/^elementet <iframe> är inte tillåtet/);
    expect(issues[1].message).toMatch(/^klammerparenteser \{…\} körs som JavaScript/);
    expect(issues[2].message).toMatch(/^länkadressen "javascript:alert\(1\)" är inte tillåten/);
  });
});

describe('linkUrlProblem', () => {
  it('allows the listed schemes, site addresses and fragments', () => {
    for (const url of ['https://x.se', 'HTTP://x.se', 'mailto:a@x.se', 'tel:+46', '/dokument/', '#a']) {
      expect(linkUrlProblem(url), url).toBeUndefined();
    }
  });

  it('refuses every other scheme however it is disguised, and addresses of another host without a scheme', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java&#x73;cript:alert(1)',
      'javascript&colon;alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      '//example.com/',
      '/\\example.com/',
      'rapport.pdf',
    ]) {
      expect(linkUrlProblem(url), url).toBeDefined();
    }
  });
});
