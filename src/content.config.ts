/**
 * Astro's content collections over `content/`, one folder per collection. The schemas and
 * folders come from `src/schemas/`; an entry's id is its file name, wherever in the folder
 * it lies, so staff may group files in subfolders (duplicates are caught by the check).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { glob, type Loader } from 'astro/loaders';
import { CONTENT_DIR } from './config/env.ts';
import { resolvesInside } from './data/inside-folder.ts';
import { unreadableMessage } from '#lib/content/content-files.ts';
import { type CollectionName, collections as specs } from './schemas/index.ts';
import { checkedEntries } from './integrations/validated-content.ts';
import { INFO_PAGES_DIR, infoPageSchema } from './schemas/page.ts';

/**
 * The loader, refusing an entry whose file is a link out of the content folder. The build's
 * content check has refused such a link already; this keeps `npm run dev`, which goes on
 * after the check's list, from loading the target into the site.
 */
function insideContent(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      return loader.load({
        ...context,
        parseData: (props) => {
          if (props.filePath && !resolvesInside(resolve(root, props.filePath), resolve(root, CONTENT_DIR)))
            throw new AstroError(`${props.filePath} ${unreadableMessage('EOUTSIDE')}`);
          return context.parseData(props);
        },
      });
    },
  };
}

/**
 * In a build, the entries the content check has read and validated go into Astro's store as
 * they are, so the files are not read and parsed a second time; an MDX entry keeps its file
 * and text, from which Astro compiles and renders it. Elsewhere (the dev server, `astro
 * check`) `fallback` reads the files.
 */
function checkedOr(name: CollectionName, fallback: Loader): Loader {
  return {
    name: 'insyn-checked-content',
    load: async (context) => {
      const checked = checkedEntries(resolve(fileURLToPath(context.config.root), CONTENT_DIR), name);
      if (!checked) return fallback.load(context);
      const deferredRender = specs[name].format === 'mdx';
      context.store.clear();
      for (const entry of checked)
        context.store.set({
          id: entry.id,
          data: entry.data,
          // As Astro's MDX reader gives the text: trimmed.
          body: entry.text?.trim(),
          filePath: entry.filePath,
          deferredRender,
        });
    },
  };
}

function collection<C extends CollectionName>(name: C) {
  const { format, schema } = specs[name];
  return defineCollection({
    loader: checkedOr(
      name,
      insideContent(
        glob({
          pattern: `**/*.${format}`,
          base: `${CONTENT_DIR}/${name}`,
          generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1, -(format.length + 1)),
        }),
      ),
    ),
    schema: schema as (typeof specs)[C]['schema'],
  });
}

export const collections = {
  organisations: collection('organisations'),
  bodies: collection('bodies'),
  units: collection('units'),
  plans: collection('plans'),
  strategies: collection('strategies'),
  periods: collection('periods'),
  uppdrag: collection('uppdrag'),
  nyckeltal: collection('nyckeltal'),
  activities: collection('activities'),
  reports: collection('reports'),
  decisions: collection('decisions'),
  documents: collection('documents'),
  // Information pages in other languages: rendered as pages, not part of the content model.
  sidor: defineCollection({
    loader: insideContent(
      glob({
        pattern: '**/*.mdx',
        base: `${CONTENT_DIR}/${INFO_PAGES_DIR}`,
        generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1, -'.mdx'.length),
      }),
    ),
    schema: infoPageSchema,
  }),
};
