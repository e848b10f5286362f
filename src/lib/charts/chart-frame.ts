/**
 * What every chart drawing shares: the words it writes, the options it is drawn with, and the
 * outer <svg> that makes it an image with an accessible name and description. A file of its
 * own draws each title and source line to the width the layout fitted it to (`textLength`),
 * so that a reader's wider fonts squeeze it rather than cut it off at the edge.
 */
import { standaloneFrame } from './chart-scales.ts';
import { type ChartDrawing, type ChartSpec, fullTitle } from './charts.ts';
import { el, text } from './svg-markup.ts';

/** The words a drawing writes, in the language of the page it is for. */
export interface ChartWords {
  /** The target in the legend: "Målvärde". */
  target: string;
  /** Beside the target's line: "Mål" (as in "Mål 95 %"). */
  targetShort: string;
  /** Over a period that could not be measured. */
  notMeasurable: string;
  /** Before the source in a downloaded file: "Källa". */
  source: string;
  /** Each status's name. */
  statusLabels: Readonly<Record<string, string>>;
}

export interface ChartSvgOptions {
  words: ChartWords;
  /** A file of its own: adds the namespace, `css` in a <style>, the title above and the source below. */
  standalone?: boolean;
  /** The chart styles, embedded in a standalone file. */
  css?: string;
  /** Units across, one a CSS pixel; at any other width than the narrow one the ids get a suffix. */
  width?: number;
}

/**
 * The outer <svg> of every chart: an image with its accessible name and description. As a
 * file of its own it also carries its styles, its title above and its source below.
 */
export function frame(
  spec: ChartSpec,
  drawing: ChartDrawing,
  height: number,
  className: string,
  options: ChartSvgOptions,
  body: string,
): string {
  const { width } = drawing;
  const ids = { title: `${drawing.idPrefix}-titel`, desc: `${drawing.idPrefix}-beskrivning` };
  const title = fullTitle(spec);
  const standalone = options.standalone
    ? standaloneFrame(
        width,
        height,
        title,
        spec.notes ?? (spec.source ? [`${options.words.source}: ${spec.source.text}`] : []),
        spec.example ? 0 : undefined,
      )
    : undefined;
  return el(
    'svg',
    {
      xmlns: standalone ? 'http://www.w3.org/2000/svg' : undefined,
      class: `chart-svg ${className} ${drawing.variant}${standalone ? ' chart-standalone' : ''}`,
      viewBox: standalone ? standalone.viewBox : `0 0 ${width} ${height}`,
      width: standalone?.pixelWidth,
      role: 'img',
      'aria-labelledby': `${ids.title} ${ids.desc}`,
    },
    el('title', { id: ids.title }, text(title)),
    el('desc', { id: ids.desc }, text(spec.summary)),
    standalone ? `<style>${options.css ?? ''}</style>` : '',
    standalone ? el('rect', { class: 'chart-background', ...standalone.box }) : '',
    ...(standalone?.titleLines.map((l) =>
      el(
        'text',
        { class: 'chart-heading', x: '0', y: l.y, textLength: l.width, lengthAdjust: 'spacingAndGlyphs' },
        text(l.line),
      ),
    ) ?? []),
    body,
    ...(standalone?.sourceLines.map((l) =>
      el(
        'text',
        {
          class: spec.example && l.note === 0 ? 'chart-heading' : 'chart-tick',
          x: '0',
          y: l.y,
          textLength: l.width,
          lengthAdjust: 'spacingAndGlyphs',
        },
        text(l.line),
      ),
    ) ?? []),
  );
}
