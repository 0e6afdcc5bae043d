import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router-dom';
import { App } from './app.tsx';
import { withoutTracking } from './lib/canonical.ts';
import { createQueryClient } from './query-client.ts';
import { createRoutes } from './router.tsx';
import './styles.css';

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

const queryClient = createQueryClient();
const router = createBrowserRouter(createRoutes(queryClient));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>,
);
