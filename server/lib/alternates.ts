import { canonicalPath } from '../../src/shared/canonical.ts';
import { LANGS, LOCALES, type Lang, localizePath, splitLangPath } from '../../src/shared/languages.ts';
import { pagePath } from '../../src/shared/pages.ts';

/** One version of a page for <link rel="alternate" hreflang> and the sitemap. */
export type Alternate = { lang: Lang; path: string };
export type HreflangLink = { hreflang: string; path: string };

/** A list page exists in every language, at the same path under each language's prefix. */
export function listAlternates(pathname: string, search: string): Alternate[] {
  const { path } = splitLangPath(pathname);
  return LANGS.map((lang) => {
    const localized = localizePath(lang, path);
    return { lang, path: canonicalPath(localized, search) };
  });
}

/** An article exists in its own language and in those it has been translated into. */
export function articleAlternates(
  own: { lang: Lang; slug: string },
  translations: { lang: Lang; slug: string }[],
): Alternate[] {
  return [own, ...translations]
    .map(({ lang, slug }) => ({ lang, path: pagePath('article', { slug }, lang) }))
    .sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
}

/**
 * The hreflang links of a page: each version under its language's code, and
 * x-default for readers of any other language: the English version where
 * there is one, or else the first version there is.
 */
export function hreflangLinks(alternates: Alternate[]): HreflangLink[] {
  if (alternates.length === 0) return [];
  const fallback = alternates.find((alternate) => alternate.lang === 'en') ?? alternates[0];
  return [
    ...alternates.map(({ lang, path }) => ({ hreflang: LOCALES[lang].html, path })),
    { hreflang: 'x-default', path: fallback.path },
  ];
}
