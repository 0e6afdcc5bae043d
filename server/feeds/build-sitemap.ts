import { absoluteUrl } from '../../src/shared/canonical.ts';
import { escapeHtml } from '../lib/escape-html.ts';

export type SitemapEntry = {
  path: string;
  lastModified?: string;
  /** The same page in each language, itself included, as hreflang links. */
  alternates?: { hreflang: string; path: string }[];
};

/**
 * A sitemaps.org urlset, with each page's language versions as xhtml:link
 * alternates (every version lists all of them, itself too, as search engines
 * ask). Search engines accept up to 50,000 URLs in one.
 */
export function buildSitemap(entries: SitemapEntry[], origin: string): string {
  const absolute = (path: string) => escapeHtml(absoluteUrl(origin, path));
  const urls = entries.map(({ path, lastModified, alternates = [] }) => {
    const lastmod = lastModified ? `<lastmod>${escapeHtml(new Date(lastModified).toISOString())}</lastmod>` : '';
    const links = alternates.map(
      ({ hreflang, path: href }) =>
        `<xhtml:link rel="alternate" hreflang="${escapeHtml(hreflang)}" href="${absolute(href)}"/>`,
    );
    return `  <url><loc>${absolute(path)}</loc>${lastmod}${links.join('')}</url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
