/** PLACEHOLDER until branch en-text is merged: the content model's words, still Swedish. */
export * from '#lib/core/labels.ts';
