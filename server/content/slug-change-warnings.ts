import { pagePath } from '../../src/shared/pages.ts';
import type { ContentProblem } from './content-problem.ts';
import type { LoadedContent } from './load-content.ts';
import type { PreviousAddress } from './previous-addresses.ts';

type Article = LoadedContent['articles'][number];

const keyOf = ({ lang, slug }: { lang: string; slug: string }) => `${lang}/${slug}`;
const momentOf = (lang: string, publishedAt: string) => `${lang} ${publishedAt}`;

/**
 * The article that was at an address before: the one from the same file, or,
 * when that file is gone, the one new file in the same language published at
 * the same moment (the file was renamed with its slug).
 */
function articleNowAt(
  old: PreviousAddress,
  byFile: Map<string, Article>,
  newcomers: Map<string, Article[]>,
): Article | undefined {
  const sameFile = byFile.get(old.sourceFile);
  if (sameFile) return sameFile.lang === old.lang ? sameFile : undefined;
  const candidates = newcomers.get(momentOf(old.lang, old.publishedAt)) ?? [];
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Warns about every address of the previous database that the new one would
 * no longer answer although its article is still there under another slug:
 * a shared link to it would end on the not-found page.
 */
export function slugChangeWarnings(previous: PreviousAddress[], content: LoadedContent): ContentProblem[] {
  const answered = new Set([
    ...content.articles.map(keyOf),
    ...content.redirects.map(({ lang, oldSlug }) => keyOf({ lang, slug: oldSlug })),
  ]);
  const byFile = new Map(content.articles.map((article) => [article.sourceFile, article]));
  const previousFiles = new Set(previous.map((address) => address.sourceFile));
  const newcomers = new Map<string, Article[]>();
  for (const article of content.articles) {
    if (previousFiles.has(article.sourceFile)) continue;
    const moment = momentOf(article.lang, article.publishedAt);
    newcomers.set(moment, [...(newcomers.get(moment) ?? []), article]);
  }

  const lost = new Map<Article, string[]>();
  for (const old of previous) {
    if (answered.has(keyOf(old))) continue;
    const article = articleNowAt(old, byFile, newcomers);
    if (article) lost.set(article, [...(lost.get(article) ?? []), old.slug]);
  }
  return [...lost].map(([article, slugs]) => {
    const urls = slugs.map((slug) => pagePath('article', { slug }, article.lang)).join(' and ');
    const listsSome = content.redirects.some(({ lang, slug }) => lang === article.lang && slug === article.slug);
    const fix = listsSome ? `add ${slugs.join(', ')} to its formerSlugs` : `add formerSlugs: [${slugs.join(', ')}]`;
    return { file: article.sourceFile, field: 'slug', message: `was at ${urls}: ${fix} so shared links keep working` };
  });
}
