/**
 * "Kopiera länk" and "Kopiera källhänvisning" under a chart or an entry: with a script and a
 * clipboard, one click copies the address (with its `#id`) or the citation, and a polite status
 * beside them says it is done, for a screen reader too. The words come from the page's data
 * attributes, written from the message catalogue. Without a script or a clipboard the link to
 * the `#id` stays a plain link, which a reader can copy as any other.
 */

/** The words a citation line carries for this script (`data-*` on `.cite`). */
interface CopyWords {
  copiedLink: string;
  copyCitation: string;
  copiedCitation: string;
  copyFailed: string;
}

function wordsOf(line: HTMLElement): CopyWords | undefined {
  const { copiedLink, copyCitation, copiedCitation, copyFailed } = line.dataset;
  if (!copiedLink || !copyCitation || !copiedCitation || !copyFailed) return undefined;
  return { copiedLink, copyCitation, copiedCitation, copyFailed };
}

/** Says `text` in the status, emptied first so that the same words said twice are heard twice. */
function announce(status: HTMLElement, text: string): void {
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = text;
  }, 100);
}

function copier(status: HTMLElement, words: CopyWords) {
  return (text: string, done: string) =>
    navigator.clipboard.writeText(text).then(
      () => announce(status, done),
      () => announce(status, words.copyFailed),
    );
}

export function enhanceCiteLines(root: ParentNode = document): void {
  if (!window.isSecureContext || !('clipboard' in navigator)) return;
  for (const line of root.querySelectorAll<HTMLElement>('.cite[data-url]')) {
    const words = wordsOf(line);
    const link = line.querySelector<HTMLAnchorElement>('.cite-link');
    const citation = line.querySelector<HTMLElement>('.cite-value');
    const status = line.querySelector<HTMLElement>('.cite-status');
    const url = line.dataset.url;
    if (!words || !link || !citation || !status || !url) continue;
    const copy = copier(status, words);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void copy(url, words.copiedLink);
    });
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-copy';
    button.textContent = words.copyCitation;
    button.addEventListener('click', () => void copy(citation.textContent?.trim() ?? '', words.copiedCitation));
    link.after(button);
  }
}
