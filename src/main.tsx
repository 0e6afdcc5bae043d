import { hydrate } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { type RouteObject, createBrowserRouter, matchRoutes } from 'react-router-dom';
import { App } from './app.tsx';
import type { HydrationState } from './entry-server.tsx';
import { withoutTracking } from './shared/canonical.ts';
import { checkConnectivity } from './lib/connectivity.ts';
import { registerServiceWorker } from './lib/register-service-worker.ts';
import { createQueryClient } from './query-client.ts';
import { createRoutes } from './router.tsx';
import { loadMessages } from './shared/i18n/load-messages.ts';
import { splitLangPath } from './shared/languages.ts';
import './styles.css';
// After the base styles, so that their rules win where they meet.
import './styles/reader.css';
import './styles/editions.css';
import './styles/search.css';
import './styles/videos.css';
import './styles/preview.css';

// Links shared with tracking parameters open on the clean URL, so the reader
// who shares it again passes on no tracking.
const cleanSearch = withoutTracking(window.location.search);
if (cleanSearch !== window.location.search) {
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${cleanSearch}${window.location.hash}`,
  );
}

/** Loads the code of the routes on screen, so hydration renders what the server rendered. */
async function loadMatchedRoutes(routes: RouteObject[]) {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
}

registerServiceWorker();
checkConnectivity();

const rootElement = document.getElementById('root')!;
const stateElement = document.getElementById('app-state');
const queryClient = createQueryClient();
const { lang } = splitLangPath(window.location.pathname);
const routes = createRoutes(queryClient, { documentLang: lang });
// Only this page's language is loaded, alongside the code of its routes.
const messages = loadMessages(lang);

if (stateElement?.textContent) {
  // The server rendered this page: take over its HTML and its data.
  const state = JSON.parse(stateElement.textContent) as HydrationState;
  hydrate(queryClient, state.queries);
  await loadMatchedRoutes(routes);
  const app = { lang, messages: await messages };
  const router = createBrowserRouter(routes, { hydrationData: state.router });
  // As a transition, hydration yields to the browser every few milliseconds
  // instead of blocking a slow phone's main thread in one long task.
  startTransition(() => {
    hydrateRoot(
      rootElement,
      <StrictMode>
        <App queryClient={queryClient} router={router} {...app} />
      </StrictMode>,
    );
  });
} else {
  const app = { lang, messages: await messages };
  createRoot(rootElement).render(
    <StrictMode>
      <App queryClient={queryClient} router={createBrowserRouter(routes)} {...app} />
    </StrictMode>,
  );
}
