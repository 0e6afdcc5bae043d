import { useEffect } from 'react';
import { type PageId, type TitleFacts, documentTitle, pageTitle } from '../shared/pages.ts';
import { ensureHeadElement } from './head-element.ts';
import { useMessages } from './messages-context.tsx';

/**
 * Keeps the tab title ("Headline · WIOTC News Center") and the meta
 * description in step with the page, with the same title the server wrote.
 * Pass undefined facts while what the title names is still loading.
 */
export function useDocumentMeta(page: PageId | 'not-found', facts: TitleFacts | undefined, description?: string) {
  const messages = useMessages();
  const title = facts && pageTitle(page, facts, messages);
  const text = description ?? messages.site.description;
  useEffect(() => {
    if (title === undefined) return;
    const wanted = documentTitle(title, messages);
    // Already this page's head: the server wrote it (with descriptions only it
    // knows, such as the search page's), and hydration leaves it alone.
    if (document.title === wanted) return;
    document.title = wanted;
    ensureHeadElement('meta', 'name', 'description').content = text;
  }, [title, text, messages]);
}
