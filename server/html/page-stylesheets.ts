import type { PageId } from '../../src/shared/pages.ts';

/** One chunk of Vite's build manifest (dist/.vite/manifest.json), as far as styles go. */
export type ManifestChunk = { file: string; css?: string[]; imports?: string[] };
export type BuildManifest = Record<string, ManifestChunk>;

// The modules each page's route loads (src/router.tsx), by the names the
// manifest gives them. A page whose code brings styles of its own (the
// article's) must have them before it paints, not when its code arrives.
export const PAGE_MODULES: Record<PageId, readonly string[]> = {
  home: ['src/routes/home-page.tsx'],
  forum: ['src/routes/taxonomy-page.tsx'],
  topic: ['src/routes/taxonomy-page.tsx'],
  search: ['src/routes/search-page.tsx'],
  article: ['src/routes/article-page.tsx'],
  preview: ['src/routes/article-page.tsx', 'src/routes/preview-page.tsx'],
  edition: ['src/routes/edition-page.tsx'],
  about: ['src/routes/about-page.tsx'],
  accessibility: ['src/routes/accessibility-page.tsx'],
};

/**
 * The stylesheets of a page's own code and of the chunks it imports, in the
 * order they apply, as paths from the site's root; none for a module the
 * build does not list. The start-up chunk's are among them.
 */
export function pageStylesheets(manifest: BuildManifest, page: PageId): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    chunk.imports?.forEach(visit);
    chunk.css?.forEach((file) => files.add(file));
  };
  PAGE_MODULES[page].forEach(visit);
  return [...files].map((file) => `/${file}`);
}
