import type { Lang } from '../../src/shared/languages.ts';
import { pagePath } from '../../src/shared/pages.ts';
import type { FiledIdentity } from './article-identity.ts';
import type { ContentProblem } from './content-problem.ts';

/** An old address of an article, within its language, and the slug it has now. */
export type Redirect = { lang: Lang; oldSlug: string; slug: string };

/**
 * The redirects the articles' formerSlugs ask for. An old URL leads to one
 * article only: a former slug that is an article's slug now, or that two
 * articles claim, is refused, naming both files.
 */
export function collectRedirects(filed: FiledIdentity[], problems: ContentProblem[]): Redirect[] {
  const key = (lang: Lang, slug: string) => `${lang}/${slug}`;
  const current = new Map<string, FiledIdentity>();
  for (const entry of filed) {
    const { lang, slug } = entry.article;
    if (!current.has(key(lang, slug))) current.set(key(lang, slug), entry);
  }
  const claimed = new Map<string, FiledIdentity>();
  const redirects: Redirect[] = [];
  for (const entry of filed) {
    const { lang, slug, formerSlugs } = entry.article;
    const report = (message: string) => problems.push({ file: entry.file, field: 'formerSlugs', message });
    for (const oldSlug of new Set(formerSlugs)) {
      const url = pagePath('article', { slug: oldSlug }, lang);
      const owner = current.get(key(lang, oldSlug));
      const claimant = claimed.get(key(lang, oldSlug));
      if (oldSlug === slug) report(`"${oldSlug}" is this article's slug now: list only the slugs it had before`);
      else if (owner) {
        report(`"${oldSlug}" is the slug of ${owner.file}, whose page is at ${url}: remove it from formerSlugs`);
      } else if (claimant) {
        report(`"${oldSlug}" is also a former slug of ${claimant.file}: ${url} can lead to one article only`);
      } else {
        claimed.set(key(lang, oldSlug), entry);
        redirects.push({ lang, oldSlug, slug });
      }
    }
  }
  return redirects;
}
