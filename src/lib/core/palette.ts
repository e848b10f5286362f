/**
 * The configuration's colours as the stylesheet's custom properties, served as a file of its
 * own (`/farger.css`): no inline style, so the pages' policy holds, and the colours were
 * refused at the check if they fail WCAG AA's contrast. `html:root` outweighs the site
 * stylesheet's `:root` whichever of the two files the page loads first.
 */
import type { Configuration } from '../../schemas/configuration.ts';

export const PALETTE_HREF = '/farger.css';

export function paletteCss(colours: Configuration['colours']): string {
  return `html:root {\n  --brand: ${colours.brand};\n  --link: ${colours.link};\n  --link-visited: ${colours.linkVisited};\n}\n`;
}
