import type { ArticleSummary } from '../shared/contract.ts';

// A fix made minutes after publication (a typo, a link) is not news; dates
// are shown to the minute, so anything shorter would read as no change at all.
const NOTABLE_MS = 10 * 60 * 1000;

/** Whether readers are told that the article changed after it was published. */
export function wasUpdated({ publishedAt, updatedAt }: Pick<ArticleSummary, 'publishedAt' | 'updatedAt'>): boolean {
  return Date.parse(updatedAt) - Date.parse(publishedAt) > NOTABLE_MS;
}
