/** Decap's phrases, one module per language (decap-cms-locales ships no types): nested objects of texts. */
declare module 'decap-cms-locales/src/*/index.js' {
  const phrases: Record<string, unknown>;
  export default phrases;
}
