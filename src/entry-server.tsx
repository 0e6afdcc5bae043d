import { QueryClientProvider, dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router-dom';
import { createQueryClient } from './query-client.ts';
import { createRoutes } from './router.tsx';

/** What the browser needs to take over the server's HTML without fetching again. */
export type HydrationState = {
  queries: ReturnType<typeof dehydrate>;
  router: { loaderData: Record<string, unknown> };
};

const SETTLE_LIMIT_MS = 3000;

async function settled(isFetching: () => number) {
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  while (isFetching() > 0 && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Renders the page for a URL from the same routes and components as the
 * browser. The route loaders start the page's queries; once they settle the
 * markup is rendered and the cache is handed over for hydration. Returns
 * undefined when the URL does not render as a plain page.
 */
export async function renderPage(request: Request): Promise<{ html: string; state: HydrationState } | undefined> {
  const queryClient = createQueryClient({ defaultOptions: { queries: { retry: false } } });
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(request);
  if (context instanceof Response || context.statusCode !== 200 || context.errors) return undefined;
  await settled(() => queryClient.isFetching());

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
