import { bodyPlainText, renderBodyHtml } from '../server/content/render-body.ts';
import type { MockArticle } from './fixture-articles.ts';

/** A fixture article with another body, rendered as the import renders bodies. */
export function withBody(article: MockArticle, markdown: string): MockArticle {
  const bodyHtml = renderBodyHtml(markdown);
  return { ...article, bodyHtml, bodyText: bodyPlainText(bodyHtml) };
}
