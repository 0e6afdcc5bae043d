import { formatBeijingDateTime } from '../../src/shared/beijing-time.ts';
import { pagePath } from '../../src/shared/pages.ts';
import type { HeldArticle } from './import-content.ts';

/**
 * What the import tells an editor about the articles readers cannot see yet:
 * which, until when, and where to preview each. `origin` makes the addresses
 * absolute (PUBLIC_URL, or the dev server's).
 */
export function heldArticlesReport(held: HeldArticle[], origin = ''): string[] {
  if (held.length === 0) return [];
  const lines = [`${held.length} article(s) not public yet; preview each at its address (keep it private):`];
  for (const article of held) {
    const when = article.draft
      ? 'draft, never published'
      : `scheduled, public from ${formatBeijingDateTime(article.publishedAt, 'en')} Beijing time`;
    lines.push(`  ${article.file} (${when})`, `    ${origin}${pagePath('preview', { key: article.previewKey }, article.lang)}`);
  }
  return lines;
}
