/** PLACEHOLDER until branch en-text is merged: the formatters, still Swedish. */
export * from '#lib/core/format.ts';
