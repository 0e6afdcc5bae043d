import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, type createBrowserRouter } from 'react-router-dom';
import { PageLanguageProvider } from './lib/messages-context.tsx';
import type { Messages } from './shared/i18n/en.ts';
import type { Lang } from './shared/languages.ts';

type Router = ReturnType<typeof createBrowserRouter>;

type AppProps = { queryClient: QueryClient; router: Router; lang: Lang; messages: Messages };

export function App({ queryClient, router, lang, messages }: AppProps) {
  return (
    <PageLanguageProvider lang={lang} messages={messages}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </PageLanguageProvider>
  );
}
