import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router-dom';
import { articleListQuery } from './api/articles.ts';
import { RootLayout } from './routes/root-layout.tsx';
import { RouteError } from './routes/route-error.tsx';

/** The route table, shared by the browser and by the route-level tests. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <RootLayout />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              // Warms the cache so the page renders with data; the page reads the same query.
              loader: async () => {
                await queryClient.ensureQueryData(articleListQuery({ page: 1 }));
                return null;
              },
              lazy: () => import('./routes/home-page.tsx').then((module) => ({ Component: module.HomePage })),
            },
          ],
        },
      ],
    },
  ];
}
