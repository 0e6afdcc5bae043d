import { type PageMatch, pagePath } from '../../src/shared/pages.ts';
import type { ArticleRepository } from '../db/article-repository.ts';

/** The page a renamed article has now, when `match` is its page under a slug it had before. */
export function renamedArticlePath(match: PageMatch | undefined, articles: ArticleRepository): string | undefined {
  if (match?.id !== 'article' || match.params.slug === undefined) return undefined;
  const slug = articles.renamedTo(match.lang, match.params.slug);
  return slug === undefined ? undefined : pagePath('article', { slug }, match.lang);
}
