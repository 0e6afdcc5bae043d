import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router-dom';
import { articleListQuery, articleQuery } from './api/articles.ts';
import { forumsQuery, topicsQuery } from './api/taxonomy.ts';
import { readListParams } from './shared/list-params.ts';
import { RootLayout, RootLayoutFallback } from './routes/root-layout.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { RouteError } from './routes/route-error.tsx';

const params = ({ request }: LoaderFunctionArgs) => readListParams(new URL(request.url).searchParams);

/**
 * The route table, shared by the browser and by the route-level tests.
 * Loaders only start the page's requests while its code loads; the page
 * reads the same queries, shows skeletons meanwhile, and handles errors itself.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // Each call is typed on its own; a shared variadic helper would erase the query types.
  const prefetch = (...started: Promise<void>[]) => {
    void Promise.all(started);
    return null;
  };
  const start = queryClient.prefetchQuery.bind(queryClient);

  return [
    {
      path: '/',
      element: <RootLayout />,
      hydrateFallbackElement: <RootLayoutFallback />,
      // The header's forum navigation, on every page.
      loader: () => prefetch(start(forumsQuery())),
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              loader: (args) => prefetch(start(articleListQuery({ page: params(args).page })), start(topicsQuery())),
              lazy: () => import('./routes/home-page.tsx').then((module) => ({ Component: module.HomePage })),
            },
            {
              path: 'forums/:forum',
              loader: (args) => {
                const { page, topic } = params(args);
                const forum = args.params.forum;
                return prefetch(start(articleListQuery({ forum, topic, page })), start(topicsQuery({ forum })));
              },
              lazy: () => import('./routes/taxonomy-page.tsx').then((module) => ({ Component: module.ForumPage })),
            },
            {
              path: 'topics/:topic',
              loader: (args) => {
                const { page, forum } = params(args);
                const topic = args.params.topic;
                return prefetch(
                  start(articleListQuery({ forum, topic, page })),
                  start(forumsQuery({ topic })),
                  start(topicsQuery()),
                );
              },
              lazy: () => import('./routes/taxonomy-page.tsx').then((module) => ({ Component: module.TopicPage })),
            },
            {
              path: 'search',
              loader: (args) => {
                const { q, forum, topic, page } = params(args);
                if (!q) return null;
                return prefetch(
                  start(articleListQuery({ q, forum, topic, page })),
                  start(forumsQuery({ q, topic })),
                  start(topicsQuery({ q, forum })),
                );
              },
              lazy: () => import('./routes/search-page.tsx').then((module) => ({ Component: module.SearchPage })),
            },
            {
              path: 'news/:slug',
              loader: ({ params: { slug = '' } }) => prefetch(start(articleQuery(slug))),
              lazy: () => import('./routes/article-page.tsx').then((module) => ({ Component: module.ArticlePage })),
            },
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
