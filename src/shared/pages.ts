import { generatePath, matchRoutes } from 'react-router-dom';
import { SITE_NAME } from './site.ts';

/**
 * The portal's pages: the one route table. The app builds its routes from it,
 * the server matches a URL against it to decide the page's status, title and
 * head, and canonical URLs keep only the query parameters it lists. A page
 * added here must also be given a route in the app and a head on the server;
 * both are keyed by PageId, so the typecheck says where.
 */
export const PAGES = {
  home: { path: '/', query: ['page'] },
  forum: { path: '/forums/:forum', query: ['topic', 'page'] },
  topic: { path: '/topics/:topic', query: ['forum', 'page'] },
  search: { path: '/search', query: ['q', 'forum', 'topic', 'page'] },
  article: { path: '/news/:slug', query: [] },
} as const satisfies Record<string, { path: string; query: readonly string[] }>;

export type PageId = keyof typeof PAGES;
export const PAGE_IDS = Object.keys(PAGES) as PageId[];

export type PageMatch = { id: PageId; params: Record<string, string | undefined> };

const MATCHABLE = PAGE_IDS.map((id) => ({ id, path: PAGES[id].path }));

/** Which page a path shows, by the same matching rules as the app's router; undefined is a 404. */
export function matchPage(pathname: string): PageMatch | undefined {
  const match = matchRoutes(MATCHABLE, pathname)?.at(-1);
  return match && { id: match.route.id, params: match.params };
}

/** The path of one page, e.g. pagePath('forum', { forum: 'energy-session' }) is /forums/energy-session. */
export function pagePath(id: PageId, params: Record<string, string> = {}): string {
  return generatePath<string>(PAGES[id].path, params);
}

/** What a page's title is made of: its page number, search text and the names it shows. */
export type TitleFacts = { page?: number; q?: string; name?: string; narrowedBy?: string; headline?: string };

const pageSuffix = (page = 1) => (page > 1 ? `, page ${page}` : '');

const TITLES: Record<PageId | 'not-found', (facts: TitleFacts) => string> = {
  home: ({ page }) => (page && page > 1 ? `Latest news${pageSuffix(page)}` : ''),
  forum: ({ name = '', narrowedBy, page }) => `${name}${narrowedBy ? `: ${narrowedBy}` : ''}${pageSuffix(page)}`,
  topic: (facts) => TITLES.forum(facts),
  search: ({ q }) => (q ? `Search: ${q}` : 'Search'),
  article: ({ headline = '' }) => headline,
  'not-found': () => 'Page not found',
};

/** A page's own title, the same on the server and in the browser; '' for the front page. */
export function pageTitle(id: PageId | 'not-found', facts: TitleFacts = {}): string {
  return TITLES[id](facts);
}

/** The text of <title>: the page's title, then the site's name. */
export function documentTitle(title: string): string {
  return title ? `${title} · ${SITE_NAME}` : SITE_NAME;
}
