import { QueryClientProvider, dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router-dom';
import type { Transport } from './api/transport.ts';
import { createQueryClient } from './query-client.ts';
import { createRoutes } from './router.tsx';

/** What the browser needs to take over the server's HTML without fetching again. */
export type HydrationState = {
  queries: ReturnType<typeof dehydrate>;
  router: { loaderData: Record<string, unknown> };
};

/**
 * Renders the page for a URL from the same routes and components as the
 * browser. The route loaders wait for the page's queries, answered by `api`
 * without a network hop; the markup is then rendered and the cache handed
 * over for hydration. Returns undefined when the URL does not render as a
 * plain page.
 */
export async function renderPage(
  request: Request,
  api: Transport,
): Promise<{ html: string; state: HydrationState } | undefined> {
  const queryClient = createQueryClient({ transport: api, defaultOptions: { queries: { retry: false } } });
  const handler = createStaticHandler(createRoutes(queryClient, { awaitData: true }));
  const context = await handler.query(request);
  if (context instanceof Response || context.statusCode !== 200 || context.errors) return undefined;

  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </QueryClientProvider>,
  );
  const state = { queries: dehydrate(queryClient), router: { loaderData: context.loaderData } };
  queryClient.clear();
  return { html, state };
}
