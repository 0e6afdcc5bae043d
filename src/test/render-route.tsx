import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router-dom';
import { App } from '../app.tsx';
import { createQueryClient } from '../query-client.ts';
import { createRoutes } from '../router.tsx';

/** Renders the real route table at a URL, with a fresh cache and no retries. */
export function renderRoute(url: string) {
  const queryClient = createQueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} router={router} />);
  return { ...view, user, router, queryClient };
}
