import { hydrate } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './app.tsx';
import { type HydrationState, renderPage } from './entry-server.tsx';
import { loadMatchedRoutes } from './lib/load-matched-routes.ts';
import { RenderedOriginContext } from './lib/public-origin.ts';
import { createQueryClient } from './query-client.ts';
import { createRoutes } from './router.tsx';
import { en } from './shared/i18n/en.ts';

// The server writes share links on its public origin, which may not be the
// address the reader opened (PUBLIC_URL behind a proxy, say). The browser
// takes that HTML over exactly as main.tsx does; a console.error (a
// hydration mismatch) fails the test.

const ARTICLE = '/news/hospitals-plan-connected-wards';
const PUBLIC_ORIGIN = 'https://news.wiotc.example';

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

const shareUrl = () => {
  const bar = screen.getByRole('region', { name: 'Share this article' });
  const href = within(bar).getByRole('link', { name: 'Share on X' }).getAttribute('href')!;
  return new URL(href).searchParams.get('url');
};

describe('taking over the server’s HTML', () => {
  it('hydrates share links made on the public origin, then makes them on this page’s own', async () => {
    window.history.replaceState(null, '', ARTICLE);
    const { html, state: sent } = (await renderPage(
      new Request(window.location.href),
      (request) => fetch(request),
      PUBLIC_ORIGIN,
    ))!;
    const root = Object.assign(document.createElement('div'), { id: 'root', innerHTML: html });
    document.body.append(root);
    expect(shareUrl()).toBe(`${PUBLIC_ORIGIN}${ARTICLE}`);

    // What the browser reads back from the page's data.
    const state = JSON.parse(JSON.stringify(sent)) as HydrationState;
    const queryClient = createQueryClient();
    hydrate(queryClient, state.queries);
    const routes = createRoutes(queryClient, { documentLang: 'en' });
    await loadMatchedRoutes(routes);
    const router = createBrowserRouter(routes, { hydrationData: state.router });
    const app = await act(async () =>
      hydrateRoot(
        root,
        <RenderedOriginContext value={state.origin}>
          <App queryClient={queryClient} router={router} lang="en" messages={en} />
        </RenderedOriginContext>,
      ),
    );

    await expect.poll(shareUrl).toBe(`${window.location.origin}${ARTICLE}`);
    act(() => app.unmount());
    router.dispose();
  });
});
