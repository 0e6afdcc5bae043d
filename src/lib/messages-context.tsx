import { type ReactNode, createContext, use } from 'react';
import type { Messages } from '../shared/i18n/en.ts';
import type { Lang } from '../shared/languages.ts';

type PageLanguage = { lang: Lang; messages: Messages };

// A document shows one language: the catalog is loaded before the app starts,
// and a link into the other language loads a new document (see router.tsx).
const PageLanguageContext = createContext<PageLanguage | null>(null);

export function PageLanguageProvider({ lang, messages, children }: PageLanguage & { children: ReactNode }) {
  return <PageLanguageContext value={{ lang, messages }}>{children}</PageLanguageContext>;
}

function usePageLanguage(): PageLanguage {
  const value = use(PageLanguageContext);
  if (!value) throw new Error('The app renders inside a PageLanguageProvider.');
  return value;
}

/** The interface text of the page's language. */
export const useMessages = (): Messages => usePageLanguage().messages;

/** The page's language: 'en' or 'zh'. */
export const useLang = (): Lang => usePageLanguage().lang;
