import { escapeHtml } from '../lib/escape-html.ts';

export type SitemapEntry = { path: string; lastModified?: string };

/** A sitemaps.org urlset. Search engines accept up to 50,000 URLs in one. */
export function buildSitemap(entries: SitemapEntry[], origin: string): string {
  const urls = entries.map(({ path, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${escapeHtml(new Date(lastModified).toISOString())}</lastmod>` : '';
    return `  <url><loc>${escapeHtml(new URL(path, origin).href)}</loc>${lastmod}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
