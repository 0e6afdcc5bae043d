import { hydrate } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router-dom';
import { App } from './app.tsx';
import type { HydrationState } from './entry-server.tsx';
import { checkConnectivity } from './lib/connectivity.ts';
import { dropTrackingParams } from './lib/drop-tracking-params.ts';
import { loadMatchedRoutes } from './lib/load-matched-routes.ts';
import { nextTask } from './lib/next-task.ts';
import { RenderedOriginContext } from './lib/public-origin.ts';
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

// Not awaited at the top level: the build puts this module in the file of code
// every page imports (vite.config.ts), and each page's code, loaded below,
// imports that file back. A file still awaiting at its top level cannot be
// imported until it finishes, so it would wait for the page's code forever.
void start();

async function start() {
  // Evaluating the app's code is one task the browser cannot interrupt; what
  // the app does next waits for the following task, so that a tap or a scroll
  // in between is answered at once instead of after both.
  await nextTask();

  dropTrackingParams();
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
    // The router's start and React's (listening to every event) are a task each.
    await nextTask();
    // As a transition, hydration yields to the browser every few milliseconds
    // instead of blocking a slow phone's main thread in one long task.
    startTransition(() => {
      hydrateRoot(
        rootElement,
        <StrictMode>
          <RenderedOriginContext value={state.origin}>
            <App queryClient={queryClient} router={router} {...app} />
          </RenderedOriginContext>
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
}
