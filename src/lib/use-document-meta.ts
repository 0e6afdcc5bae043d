import { useEffect } from 'react';
import { SITE_DESCRIPTION } from '../shared/site.ts';
import { type PageId, type TitleFacts, documentTitle, pageTitle } from '../shared/pages.ts';
import { ensureHeadElement } from './head-element.ts';

/**
 * Keeps the tab title ("Headline · WIOTC News Center") and the meta
 * description in step with the page, with the same title the server wrote.
 * Pass undefined facts while what the title names is still loading.
 */
export function useDocumentMeta(
  page: PageId | 'not-found',
  facts: TitleFacts | undefined,
  description: string = SITE_DESCRIPTION,
) {
  const title = facts && pageTitle(page, facts);
  useEffect(() => {
    if (title === undefined) return;
    document.title = documentTitle(title);
    ensureHeadElement('meta', 'name', 'description').content = description;
  }, [title, description]);
}
