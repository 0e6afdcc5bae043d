import { generatePath, matchRoutes } from 'react-router-dom';
import type { Messages } from './i18n/en.ts';
import { type Lang, localizePath, splitLangPath } from './languages.ts';

/**
 * The portal's pages: the one route table. The app builds its routes from it
 * (once per language: English at /, Chinese under /zh/), the server matches a
 * URL against it to decide the page's status, title and head, and canonical
 * URLs keep only the query parameters it lists. A page added here must also
 * be given a route in the app, a head on the server and its sitemap entries;
 * all three are keyed by PageId, so the typecheck says where.
 */
export const PAGES = {
  home: { path: '/', query: ['page'] },
  forum: { path: '/forums/:forum', query: ['topic', 'page'] },
  topic: { path: '/topics/:topic', query: ['forum', 'page'] },
  search: { path: '/search', query: ['q', 'forum', 'topic', 'page', 'languages'] },
  article: { path: '/news/:slug', query: [] },
  /** One convention year's news; forum and topic narrow it, together or alone. */
  edition: { path: '/editions/:year', query: ['forum', 'topic', 'page'] },
  /** An unpublished article as readers will see it, at an unguessable address (see preview-keys.ts). */
  preview: { path: '/preview/:key', query: [] },
  about: { path: '/about', query: [] },
  accessibility: { path: '/accessibility', query: [] },
} as const satisfies Record<string, { path: string; query: readonly string[] }>;

export type PageId = keyof typeof PAGES;
export const PAGE_IDS = Object.keys(PAGES) as PageId[];

export type PageMatch = { id: PageId; lang: Lang; params: Record<string, string | undefined> };

const MATCHABLE = PAGE_IDS.map((id) => ({ id, path: PAGES[id].path }));

// Matching ranks the whole route table on every call, which showed as the
// costliest step of answering a page the server had kept; the pages readers
// ask for are few, so their matches are remembered (a bounded number).
const REMEMBERED_MATCHES = 2000;
const rememberedMatches = new Map<string, PageMatch | undefined>();

/** Which page a path shows, by the same matching rules as the app's router; undefined is a 404. */
export function matchPage(pathname: string): PageMatch | undefined {
  if (rememberedMatches.has(pathname)) return rememberedMatches.get(pathname);
  const { lang, path } = splitLangPath(pathname);
  const match = matchRoutes(MATCHABLE, path)?.at(-1);
  const page = match && { id: match.route.id, lang, params: match.params };
  if (rememberedMatches.size >= REMEMBERED_MATCHES) rememberedMatches.clear();
  rememberedMatches.set(pathname, page);
  return page;
}

/** The path of one page, e.g. pagePath('forum', { forum: 'energy-session' }, 'zh') is /zh/forums/energy-session. */
export function pagePath(id: PageId, params: Record<string, string> = {}, lang: Lang = 'en'): string {
  return localizePath(lang, generatePath<string>(PAGES[id].path, params));
}

/** The year of an edition page's path ("2023"), or undefined for anything that is not four digits. */
export function readEditionYear(param: string | undefined): number | undefined {
  return param !== undefined && /^\d{4}$/.test(param) ? Number(param) : undefined;
}

/** What a page's title is made of: its page number, search text and the names it shows. */
export type TitleFacts = {
  page?: number;
  q?: string;
  name?: string;
  narrowedBy?: string;
  headline?: string;
  /** An edition's year, and the names of the forum and topic that narrow it. */
  year?: number;
  filters?: string[];
};

type TitleMaker = (facts: TitleFacts, text: Messages['titles']) => string;

const paged = (title: string, page: number | undefined, text: Messages['titles']) =>
  page && page > 1 ? text.withPage(title, page) : title;

const taxonomyTitle: TitleMaker = ({ name = '', narrowedBy, page }, text) =>
  paged(narrowedBy ? text.narrowed(name, narrowedBy) : name, page, text);

const TITLES: Record<PageId | 'not-found', TitleMaker> = {
  home: ({ page }, text) => (page && page > 1 ? paged(text.latest, page, text) : ''),
  forum: taxonomyTitle,
  topic: taxonomyTitle,
  search: ({ q }, text) => (q ? text.searchFor(q) : text.search),
  article: ({ headline = '' }) => headline,
  // What readers will see, share card included.
  preview: ({ headline = '' }) => headline,
  edition: ({ year = 0, filters = [], page }, text) => paged(text.edition(year, ...filters), page, text),
  about: (_, text) => text.about,
  accessibility: (_, text) => text.accessibility,
  'not-found': (_, text) => text.notFound,
};

/** A page's own title, the same on the server and in the browser; '' for the front page. */
export function pageTitle(id: PageId | 'not-found', facts: TitleFacts, messages: Messages): string {
  return TITLES[id](facts, messages.titles);
}

/** The text of <title>: the page's title, then the site's name. */
export function documentTitle(title: string, messages: Messages): string {
  return title ? `${title} · ${messages.site.name}` : messages.site.name;
}
