import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router-dom';
import { App } from '../app.tsx';
import { createQueryClient, retryWhenBusy } from '../query-client.ts';
import { createRoutes } from '../router.tsx';
import { en } from '../shared/i18n/en.ts';
import { zh } from '../shared/i18n/zh.ts';
import { splitLangPath } from '../shared/languages.ts';

/**
 * Renders the real route table at a URL, in the URL's language, with a fresh
 * cache and no retries but those a busy server asks for.
 */
export function renderRoute(url: string) {
  const { lang } = splitLangPath(new URL(url, 'http://localhost').pathname);
  const queryClient = createQueryClient({ defaultOptions: { queries: { retry: retryWhenBusy } } });
  const router = createMemoryRouter(createRoutes(queryClient, { documentLang: lang }), { initialEntries: [url] });
  const user = userEvent.setup();
  const messages = lang === 'zh' ? zh : en;
  const view = render(<App queryClient={queryClient} router={router} lang={lang} messages={messages} />);
  return { ...view, user, router, queryClient };
}
