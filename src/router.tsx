import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { type LoaderFunctionArgs, type RouteObject, redirectDocument } from 'react-router-dom';
import { articleListQuery, articleQuery } from './api/articles.ts';
import { editionsQuery } from './api/editions.ts';
import { forumsQuery, topicsQuery } from './api/taxonomy.ts';
import { readListParams } from './shared/list-params.ts';
import { DEFAULT_LANG, LANGS, type Lang, localizePath } from './shared/languages.ts';
import { PAGES, PAGE_IDS, type PageId, readEditionYear } from './shared/pages.ts';
import { RootLayout, RootLayoutFallback } from './routes/root-layout.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { RouteError } from './routes/route-error.tsx';

type StartQuery = QueryClient['query'];

/** What each page needs before it can show: the queries to start, and its code. */
type PageRoute = {
  queries: (start: StartQuery, args: LoaderFunctionArgs, lang: Lang) => Promise<unknown>[];
  lazy: RouteObject['lazy'];
};

// Only editors open previews: the code of their query loads when one is opened.
const startPreview = (start: StartQuery, lang: Lang, key: string) =>
  import('./api/preview.ts').then(({ previewQuery }) => start(previewQuery(lang, key)));

/** Takes a page's component from its module, loaded when the page is first shown. */
const component =
  <Name extends string>(name: Name) =>
  (module: Record<Name, ComponentType>) => ({ Component: module[name] });

// The forum or topic of the URL's path, narrowed by the other one from its query.
const taxonomyFilters = (args: LoaderFunctionArgs) => ({ ...listParams(args), ...args.params });

const listParams = ({ request }: LoaderFunctionArgs) => readListParams(new URL(request.url).searchParams);

const PAGE_ROUTES: Record<PageId, PageRoute> = {
  home: {
    queries: (start, args, lang) => [
      start(articleListQuery(lang, { page: listParams(args).page })),
      start(topicsQuery(lang)),
      start(editionsQuery(lang)),
    ],
    lazy: () => import('./routes/home-page.tsx').then(component('HomePage')),
  },
  forum: {
    queries: (start, args, lang) => {
      const { page, topic, forum } = taxonomyFilters(args);
      return [start(articleListQuery(lang, { forum, topic, page })), start(topicsQuery(lang, { forum }))];
    },
    lazy: () => import('./routes/taxonomy-page.tsx').then(component('ForumPage')),
  },
  topic: {
    queries: (start, args, lang) => {
      const { page, topic, forum } = taxonomyFilters(args);
      return [
        start(articleListQuery(lang, { forum, topic, page })),
        start(forumsQuery(lang, { topic })),
        start(topicsQuery(lang)),
      ];
    },
    lazy: () => import('./routes/taxonomy-page.tsx').then(component('TopicPage')),
  },
  search: {
    queries: (start, args, lang) => {
      const { q, forum, topic, page, languages, sort } = listParams(args);
      if (!q) return [];
      return [
        start(articleListQuery(lang, { q, forum, topic, page, languages, sort })),
        start(forumsQuery(lang, { q, topic, languages })),
        start(topicsQuery(lang, { q, forum, languages })),
      ];
    },
    lazy: () => import('./routes/search-page.tsx').then(component('SearchPage')),
  },
  article: {
    queries: (start, { params: { slug = '' } }, lang) => [start(articleQuery(lang, slug))],
    lazy: () => import('./routes/article-page.tsx').then(component('ArticlePage')),
  },
  preview: {
    queries: (start, { params: { key = '' } }, lang) => [startPreview(start, lang, key)],
    lazy: () =>
      Promise.all([import('./routes/preview-page.tsx'), import('./routes/article-page.tsx')]).then(
        ([{ PreviewPage }, { ArticleView }]) => ({ Component: () => <PreviewPage ArticleView={ArticleView} /> }),
      ),
  },
  edition: {
    queries: (start, args, lang) => {
      const year = readEditionYear(args.params.year);
      if (year === undefined) return [];
      const { page, forum, topic } = listParams(args);
      return [
        start(articleListQuery(lang, { year, forum, topic, page })),
        start(editionsQuery(lang)),
        start(forumsQuery(lang, { year, topic })),
        start(topicsQuery(lang, { year, forum })),
      ];
    },
    lazy: () => import('./routes/edition-page.tsx').then(component('EditionPage')),
  },
  about: {
    queries: () => [],
    lazy: () => import('./routes/about-page.tsx').then(component('AboutPage')),
  },
  accessibility: {
    queries: () => [],
    lazy: () => import('./routes/accessibility-page.tsx').then(component('AccessibilityPage')),
  },
};

/** Route ids are unique across languages: "article" in English, "zh/article" in Chinese. */
export const routeId = (lang: Lang, id: PageId) => (lang === DEFAULT_LANG ? id : `${lang}/${id}`);

type RouteOptions = {
  /** The server waits for each page's data, to render it; the browser does not. */
  awaitData?: boolean;
  /** The language of the loaded document and its interface text. */
  documentLang?: Lang;
};

/**
 * The app's routes, built from the shared page table, once per language, and
 * used by the browser, the server's renderer and the route-level tests.
 * Loaders start the page's queries; pages read the same queries and handle
 * loading and errors themselves. In the browser a loader does not wait, so
 * navigation is instant with skeletons; the server waits to render the data.
 * A link into the other language loads a new document, with that language's
 * interface text.
 */
export function createRoutes(
  queryClient: QueryClient,
  { awaitData = false, documentLang = DEFAULT_LANG }: RouteOptions = {},
): RouteObject[] {
  // A failed query is the page's to show; the loader itself never fails.
  const start: StartQuery = (options) => queryClient.query(options);
  const load = (started: Promise<unknown>[]) => {
    const settled = Promise.all(started.map((promise) => promise.catch(() => undefined))).then(() => null);
    return awaitData ? settled : null;
  };

  return LANGS.map((lang): RouteObject => ({
    id: routeId(lang, 'home') + ':layout',
    path: localizePath(lang, '/'),
    element: <RootLayout />,
    hydrateFallbackElement: <RootLayoutFallback />,
    // The header's forum navigation, on every page.
    loader: ({ request }) => (lang === documentLang ? load([start(forumsQuery(lang))]) : redirectDocument(request.url)),
    children: [
      {
        errorElement: <RouteError />,
        children: [
          ...PAGE_IDS.map((id): RouteObject => ({
            id: routeId(lang, id),
            ...(id === 'home' ? { index: true } : { path: localizePath(lang, PAGES[id].path) }),
            loader: (args) => load(PAGE_ROUTES[id].queries(start, args, lang)),
            lazy: PAGE_ROUTES[id].lazy,
          })),
          {
            path: '*',
            // Also shown by pages for unknown slugs, so it is in the main bundle anyway.
            Component: NotFoundPage,
          },
        ],
      },
    ],
  }));
}
