// The portal's two languages. English pages keep the URLs they have always
// had; Chinese pages live under /zh/ with the same structure.
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** On a home page: the reader came through the language switch from an article with no version in this language. */
export const UNTRANSLATED_PARAM = 'untranslated';

export function isLang(value: unknown): value is Lang {
  return LANGS.includes(value as Lang);
}

/** How each language is named to browsers, crawlers, feed readers and link previews. */
export const LOCALES = {
  en: { html: 'en', ogLocale: 'en_US', rss: 'en', label: 'English' },
  zh: { html: 'zh-Hans', ogLocale: 'zh_CN', rss: 'zh-cn', label: '中文' },
} as const satisfies Record<Lang, { html: string; ogLocale: string; rss: string; label: string }>;

const ZH_PREFIX = '/zh';

/** The language of a path and the path as the English site would have it. */
export function splitLangPath(pathname: string): { lang: Lang; path: string } {
  if (pathname === ZH_PREFIX) return { lang: 'zh', path: '/' };
  if (pathname.startsWith(`${ZH_PREFIX}/`)) return { lang: 'zh', path: pathname.slice(ZH_PREFIX.length) };
  return { lang: 'en', path: pathname };
}

/** The same page in `lang`: /news/x becomes /zh/news/x, and / becomes /zh/. */
export function localizePath(lang: Lang, path: string): string {
  if (lang === 'en') return path;
  return `${ZH_PREFIX}${path}`;
}
