/**
 * Where the content lives, relative to the project root. `INSYN_CONTENT_DIR` lets tests
 * and the benchmark build other content with the same code.
 */
export const CONTENT_DIR = process.env.INSYN_CONTENT_DIR ?? 'content';
