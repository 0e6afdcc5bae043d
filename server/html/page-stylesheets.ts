import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageId } from '../../src/shared/pages.ts';

/** One chunk of Vite's build manifest (dist/.vite/manifest.json), as far as styles go. */
export type ManifestChunk = { file: string; isEntry?: boolean; css?: string[]; imports?: string[] };
export type BuildManifest = Record<string, ManifestChunk>;

export const buildManifestFile = (distDir: string) => path.join(distDir, '.vite', 'manifest.json');

/** The build's manifest; empty before a build, or while a build is still writing it. */
export function readBuildManifest(distDir: string): BuildManifest {
  try {
    return JSON.parse(readFileSync(buildManifestFile(distDir), 'utf8')) as BuildManifest;
  } catch {
    return {};
  }
}

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
 * The stylesheets of these chunks and of the chunks they import, each after
 * those of what it imports (the start-up chunk's first), which is the order
 * they apply in; files as the manifest names them. Chunks the build does not
 * list have none.
 */
export function stylesheetsOf(manifest: BuildManifest, chunks: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    chunk.imports?.forEach(visit);
    chunk.css?.forEach((file) => files.add(file));
  };
  chunks.forEach(visit);
  return [...files];
}

/** The stylesheets of a page's own code and of what it imports, as paths from the site's root. */
export const pageStylesheets = (manifest: BuildManifest, page: PageId): string[] =>
  stylesheetsOf(manifest, PAGE_MODULES[page]).map((file) => `/${file}`);
