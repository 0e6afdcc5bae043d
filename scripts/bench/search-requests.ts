import type { Lang } from '../../src/shared/languages.ts';

/**
 * What the search page asks for when the query is `q`: the first page of
 * matches and the forum and topic counts beside it (src/routes/search-page.tsx),
 * three requests sent together.
 */
export function searchRequestPaths(q: string, lang: Lang): string[] {
  const params = new URLSearchParams({ lang, q }).toString();
  return [`/api/articles?${params}`, `/api/forums?${params}`, `/api/topics?${params}`];
}
