import type { Translation } from '../shared/contract.ts';
import { canonicalPath } from '../shared/canonical.ts';
import { type Lang, UNTRANSLATED_PARAM, localizePath, splitLangPath } from '../shared/languages.ts';
import { matchPage, pagePath } from '../shared/pages.ts';

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');

/**
 * The same page in `target`. List pages keep what they show (search text,
 * forum, topic) but not their page number, which counts other articles; an
 * article goes to its translation, or to that language's home with a note
 * when it has none. `translations` is undefined while the article loads.
 */
export function languageSwitchPath(
  target: Lang,
  pathname: string,
  search: string,
  translations?: readonly Translation[],
): { path: string; available: boolean } {
  const page = matchPage(pathname);
  const home = pagePath('home', {}, target);
  if (!page) return { path: home, available: false };
  if (page.id === 'article') {
    const translation = translations?.find((candidate) => candidate.lang === target);
    if (translation) return { path: pagePath('article', { slug: translation.slug }, target), available: true };
    return { path: translations ? `${home}?${UNTRANSLATED_PARAM}=1` : home, available: false };
  }
  const params = new URLSearchParams(search);
  params.delete('page');
  return {
    path: canonicalPath(localizePath(target, splitLangPath(pathname).path), params.toString()),
    available: true,
  };
}
