import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

type ManifestEntry = { file: string; imports?: string[]; isEntry?: boolean };

// Which page module renders which URL, as in src/router.tsx.
function pageModule(pathname: string): string | undefined {
  if (pathname === '/') return 'src/routes/home-page.tsx';
  if (pathname === '/search') return 'src/routes/search-page.tsx';
  if (pathname.startsWith('/news/')) return 'src/routes/article-page.tsx';
  if (pathname.startsWith('/forums/') || pathname.startsWith('/topics/')) return 'src/routes/taxonomy-page.tsx';
  return undefined;
}

/**
 * <link rel="modulepreload"> tags for the code of the page at a URL, read from
 * Vite's build manifest, so the browser fetches it with the entry instead of after it.
 */
export function createRoutePreloads(distDir: string) {
  const file = path.join(distDir, '.vite', 'manifest.json');
  let cached: { mtimeMs: number; manifest: Record<string, ManifestEntry> } | undefined;

  return function preloads(pathname: string): string {
    const module = pageModule(pathname);
    if (!module || !existsSync(file)) return '';
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, manifest: JSON.parse(readFileSync(file, 'utf8')) };
    const { manifest } = cached;
    // What the entry imports, Vite already preloads from index.html.
    const loadedWithEntry = new Set<string>();
    const files = new Set<string>();
    const visit = (key: string, into: Set<string>) => {
      const entry = manifest[key];
      if (!entry || into.has(entry.file) || loadedWithEntry.has(entry.file)) return;
      into.add(entry.file);
      entry.imports?.forEach((imported) => visit(imported, into));
    };
    visit('index.html', loadedWithEntry);
    visit(module, files);
    return [...files].map((chunk) => `<link rel="modulepreload" crossorigin href="/${chunk}">`).join('\n    ');
  };
}
