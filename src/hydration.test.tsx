import { hydrate } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
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
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

const shareUrl = () => {
  const bar = screen.getByRole('region', { name: 'Share this article' });
  const href = within(bar).getByRole('link', { name: 'Share on X' }).getAttribute('href')!;
  return new URL(href).searchParams.get('url');
};

/** Renders `path` as the server does, and puts its HTML in the page; `takeOver` then hydrates it. */
async function servePage(path: string, origin = window.location.origin) {
  window.history.replaceState(null, '', path);
  const { html, state: sent } = (await renderPage(
    new Request(window.location.href),
    (request) => fetch(request),
    origin,
  ))!;
  const root = Object.assign(document.createElement('div'), { id: 'root', innerHTML: html });
  document.body.append(root);
  return { root, sent, serverHtml: root.innerHTML, takeOver: () => takeOver(root, sent) };
}

/** Takes the server's HTML over as main.tsx does, recording each commit React makes. */
async function takeOver(root: HTMLElement, sent: HydrationState) {
  // What the browser reads back from the page's data.
  const state = JSON.parse(JSON.stringify(sent)) as HydrationState;
  const queryClient = createQueryClient();
  hydrate(queryClient, state.queries);
  const routes = createRoutes(queryClient, { documentLang: 'en' });
  await loadMatchedRoutes(routes);
  const router = createBrowserRouter(routes, { hydrationData: state.router });
  const commits: string[] = [];
  const app = await act(async () =>
    hydrateRoot(
      root,
      <Profiler id="app" onRender={(_id, phase) => commits.push(phase)}>
        <RenderedOriginContext value={state.origin}>
          <App queryClient={queryClient} router={router} lang="en" messages={en} />
        </RenderedOriginContext>
      </Profiler>,
    ),
  );
  return {
    commits,
    done: () => {
      act(() => app.unmount());
      router.dispose();
    },
  };
}

describe('taking over the server’s HTML', () => {
  it('hydrates share links made on the public origin, then makes them on this page’s own', async () => {
    const served = await servePage(ARTICLE, PUBLIC_ORIGIN);
    expect(shareUrl()).toBe(`${PUBLIC_ORIGIN}${ARTICLE}`);
    const app = await served.takeOver();
    await expect.poll(shareUrl).toBe(`${window.location.origin}${ARTICLE}`);
    app.done();
  });

  it('draws a list page once: nothing on it is drawn again after hydration', async () => {
    // A reader whose browser prefers the page's language: no offer of the other one to draw.
    const served = await servePage('/search?q=internet');
    expect(screen.getAllByRole('article').length).toBeGreaterThan(1);
    const app = await served.takeOver();
    // Effects run, timers for the typed query fire, and the page settles.
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(app.commits).toEqual(['mount']);
    expect(served.root.innerHTML).toBe(served.serverHtml);
    app.done();
  });

  it('keeps the head the server wrote for the page it took over', async () => {
    // The server's head for a search (server/html/page-meta.ts), with a description only it knows.
    document.head.innerHTML =
      '<title>Search: internet · WIOTC News Center</title><meta name="description" content="Search every article of the WIOTC News Center.">';
    const app = await (await servePage('/search?q=internet')).takeOver();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(document.title).toBe('Search: internet · WIOTC News Center');
    // eslint-disable-next-line testing-library/no-node-access -- the head is not on screen for queries to find
    const description = document.querySelector('meta[name="description"]');
    expect(description).toHaveAttribute('content', 'Search every article of the WIOTC News Center.');
    app.done();
  });
});
