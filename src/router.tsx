import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunctionArgs, RouteObject } from 'react-router-dom';
import { articleListQuery, articleQuery } from './api/articles.ts';
import { forumsQuery, topicsQuery } from './api/taxonomy.ts';
import { readListParams } from './shared/list-params.ts';
import { PAGES, PAGE_IDS, type PageId } from './shared/pages.ts';
import { RootLayout, RootLayoutFallback } from './routes/root-layout.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { RouteError } from './routes/route-error.tsx';

type StartQuery = QueryClient['query'];

/** What each page needs before it can show: the queries to start, and its code. */
type PageRoute = {
  queries: (start: StartQuery, args: LoaderFunctionArgs) => Promise<unknown>[];
  lazy: RouteObject['lazy'];
};

/** Takes a page's component from its module, loaded when the page is first shown. */
const component =
  <Name extends string>(name: Name) =>
  (module: Record<Name, ComponentType>) => ({ Component: module[name] });

// The forum or topic of the URL's path, narrowed by the other one from its query.
const taxonomyFilters = (args: LoaderFunctionArgs) => ({ ...listParams(args), ...args.params });

const listParams = ({ request }: LoaderFunctionArgs) => readListParams(new URL(request.url).searchParams);

const PAGE_ROUTES: Record<PageId, PageRoute> = {
  home: {
    queries: (start, args) => [start(articleListQuery({ page: listParams(args).page })), start(topicsQuery())],
    lazy: () => import('./routes/home-page.tsx').then(component('HomePage')),
  },
  forum: {
    queries: (start, args) => {
      const { page, topic, forum } = taxonomyFilters(args);
      return [start(articleListQuery({ forum, topic, page })), start(topicsQuery({ forum }))];
    },
    lazy: () => import('./routes/taxonomy-page.tsx').then(component('ForumPage')),
  },
  topic: {
    queries: (start, args) => {
      const { page, topic, forum } = taxonomyFilters(args);
      return [start(articleListQuery({ forum, topic, page })), start(forumsQuery({ topic })), start(topicsQuery())];
    },
    lazy: () => import('./routes/taxonomy-page.tsx').then(component('TopicPage')),
  },
  search: {
    queries: (start, args) => {
      const { q, forum, topic, page } = listParams(args);
      if (!q) return [];
      return [
        start(articleListQuery({ q, forum, topic, page })),
        start(forumsQuery({ q, topic })),
        start(topicsQuery({ q, forum })),
      ];
    },
    lazy: () => import('./routes/search-page.tsx').then(component('SearchPage')),
  },
  article: {
    queries: (start, { params: { slug = '' } }) => [start(articleQuery(slug))],
    lazy: () => import('./routes/article-page.tsx').then(component('ArticlePage')),
  },
};

/**
 * The app's routes, built from the shared page table and used by the browser,
 * the server's renderer and the route-level tests. Loaders start the page's
 * queries; pages read the same queries and handle loading and errors
 * themselves. In the browser a loader does not wait, so navigation is instant
 * with skeletons; the server (`awaitData`) waits for the data to render it.
 */
export function createRoutes(queryClient: QueryClient, { awaitData = false } = {}): RouteObject[] {
  // A failed query is the page's to show; the loader itself never fails.
  const start: StartQuery = (options) => queryClient.query(options);
  const load = (started: Promise<unknown>[]) => {
    const settled = Promise.all(started.map((promise) => promise.catch(() => undefined))).then(() => null);
    return awaitData ? settled : null;
  };

  return [
    {
      path: '/',
      element: <RootLayout />,
      hydrateFallbackElement: <RootLayoutFallback />,
      // The header's forum navigation, on every page.
      loader: () => load([start(forumsQuery())]),
      children: [
        {
          errorElement: <RouteError />,
          children: [
            ...PAGE_IDS.map((id): RouteObject => ({
              id,
              ...(id === 'home' ? { index: true } : { path: PAGES[id].path }),
              loader: (args) => load(PAGE_ROUTES[id].queries(start, args)),
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
    },
  ];
}
