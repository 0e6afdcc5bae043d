import { articleListSchema } from '../../src/shared/contract.ts';
import { pageTitle } from '../../src/shared/pages.ts';
import type { HydrationState } from '../../src/entry-server.tsx';
import { messagesFor } from '../lib/catalogs.ts';
import type { PageMeta } from './page-meta.ts';

/**
 * A list page past its last one (/?page=99, a forum's, a topic's or a
 * search's) renders an empty list: that page does not exist, so it is a 404,
 * not an empty 200 for crawlers to index. Read from the data the page was
 * rendered with, so every list page, present or future, is covered.
 */
export function isPastLastPage(state: HydrationState): boolean {
  return state.queries.queries.some(({ state: { data } }) => {
    const list = articleListSchema.safeParse(data);
    return list.success && list.data.page > 1 && list.data.items.length === 0;
  });
}

/** The head of a 404: the not-found title, no alternates, not indexed. */
export function notFoundMeta(meta: PageMeta): PageMeta {
  const messages = messagesFor(meta.lang);
  return { ...meta, status: 404, title: pageTitle('not-found', {}, messages), alternates: [], noindex: true };
}
