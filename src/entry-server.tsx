import { QueryClientProvider, dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouterProvider, createStaticHandler, createStaticRouter, isRouteErrorResponse } from 'react-router-dom';
import type { Transport } from './api/transport.ts';
import { loadPartsForServer } from './components/until-visible.tsx';
import { PageLanguageProvider } from './lib/messages-context.tsx';
import { RenderedOriginContext } from './lib/public-origin.ts';
import { createQueryClient } from './query-client.ts';
import { createRoutes } from './router.tsx';
import { loadMessages } from './shared/i18n/load-messages.ts';
import { splitLangPath } from './shared/languages.ts';

/** What the browser needs to take over the server's HTML without fetching again. */
export type HydrationState = {
  queries: ReturnType<typeof dehydrate>;
  router: { loaderData: Record<string, unknown> };
  /** The origin of the absolute links in the HTML, for hydration to write the same. */
  origin: string;
};

/**
 * Renders the page for a URL from the same routes and components as the
 * browser, in the URL's language. The route loaders wait for the page's
 * queries, answered by `api` without a network hop; the markup is then
 * rendered and the cache handed over for hydration. Absolute links (share
 * links) are made on `origin`, the server's public one. Returns undefined when
 * the URL does not render as a plain page.
 */
export async function renderPage(
  request: Request,
  api: Transport,
  origin: string,
): Promise<{ html: string; state: HydrationState } | undefined> {
  const { lang } = splitLangPath(new URL(request.url).pathname);
  const queryClient = createQueryClient({ transport: api, defaultOptions: { queries: { retry: false } } });
  const handler = createStaticHandler(createRoutes(queryClient, { awaitData: true, documentLang: lang }));
  const [context, messages] = await Promise.all([handler.query(request), loadMessages(lang)]);
  if (context instanceof Response) return undefined;
  // Loaders never fail (a failed query is the page's to show), so an error
  // here is the page's code failing to load or run: the server says so, and
  // keeps no copy of the page the browser will render instead.
  const failure = Object.values(context.errors ?? {}).find((error) => !isRouteErrorResponse(error));
  if (failure) throw new Error(`The page for ${request.url} could not be rendered.`, { cause: failure });
  if (context.statusCode !== 200 || context.errors) return undefined;
  // After the query, which loaded the page's own code and with it its parts.
  await loadPartsForServer();

  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <RenderedOriginContext value={origin}>
      <PageLanguageProvider lang={lang} messages={messages}>
        <QueryClientProvider client={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </PageLanguageProvider>
    </RenderedOriginContext>,
  );
  const state = { queries: dehydrate(queryClient), router: { loaderData: context.loaderData }, origin };
  queryClient.clear();
  return { html, state };
}
