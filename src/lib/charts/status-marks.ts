/**
 * How a status looks apart from its colour: a shape for points and legends, a fill pattern
 * for bars. Shape, pattern and word carry the status; colour only supports them.
 */
import { el } from './svg-markup.ts';

const SHAPES: Record<string, 'full' | 'half' | 'cross' | 'ring' | 'dash'> = {
  'helt-uppfyllt': 'full',
  genomford: 'full',
  'delvis-uppfyllt': 'half',
  pagaende: 'half',
  'ej-uppfyllt': 'cross',
  forsenad: 'cross',
  'gar-ej-att-mata': 'ring',
  planerad: 'ring',
};

/**
 * The shape that goes with a status, centred on (x, y): filled = helt uppfyllt/genomförd,
 * half = delvis/pågående, cross = ej uppfyllt/försenad, dashed ring = går ej att mäta/
 * planerad, dash = no status. Shape and word carry the status; colour only supports them.
 */
export function statusShapeSvg(status: string, x = 0, y = 0, r = 5): string {
  const d = r * 0.55;
  const shape = SHAPES[status] ?? 'dash';
  const inner =
    shape === 'full'
      ? el('circle', { class: 'shape-fill', cx: x, cy: y, r })
      : shape === 'half'
        ? el('circle', { class: 'shape', cx: x, cy: y, r }) +
          el('path', { class: 'shape-fill', d: `M${x},${y - r} A${r},${r} 0 0 0 ${x},${y + r} Z` })
        : shape === 'cross'
          ? el('circle', { class: 'shape', cx: x, cy: y, r }) +
            el('path', {
              class: 'shape-line',
              d: `M${x - d},${y - d} L${x + d},${y + d} M${x + d},${y - d} L${x - d},${y + d}`,
            })
          : shape === 'ring'
            ? el('circle', { class: 'shape shape-dashed', cx: x, cy: y, r })
            : el('path', { class: 'shape-line', d: `M${x - r},${y} L${x + r},${y}` });
  return el('g', { class: `st-${status}` }, inner);
}

const PATTERNS: Record<string, 'solid' | 'stripes' | 'hatch' | 'dots'> = {
  'helt-uppfyllt': 'solid',
  genomford: 'solid',
  'delvis-uppfyllt': 'stripes',
  pagaende: 'stripes',
  'ej-uppfyllt': 'hatch',
  forsenad: 'hatch',
  'gar-ej-att-mata': 'dots',
  planerad: 'dots',
};

/**
 * Fill patterns per status, so bars differ by pattern as well as colour: solid (helt
 * uppfyllt, genomförd), stripes (delvis, pågående), cross-hatch (ej uppfyllt, försenad),
 * dots (går ej att mäta, planerad), empty (no status). Ids are prefixed per chart.
 */
export function patterns(prefix: string, statuses: readonly string[]): string {
  return el(
    'defs',
    {},
    ...statuses.map((status) => {
      const kind = PATTERNS[status];
      return el(
        'pattern',
        { id: `${prefix}-${status}`, class: `st-${status}`, width: '8', height: '8', patternUnits: 'userSpaceOnUse' },
        el('rect', { class: kind === 'solid' ? 'pat-solid' : 'pat-bg', width: '8', height: '8' }),
        kind === 'stripes' ? el('path', { class: 'pat-line', d: 'M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6' }) : '',
        kind === 'hatch' ? el('path', { class: 'pat-line', d: 'M0,0 L8,8 M8,0 L0,8' }) : '',
        kind === 'dots' ? el('circle', { class: 'pat-dot', cx: '4', cy: '4', r: '1.6' }) : '',
      );
    }),
  );
}
