import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../shared/contract.ts';
import { beijingYear } from '../shared/beijing-time.ts';
import { LOCALES } from '../shared/languages.ts';
import { pagePath } from '../shared/pages.ts';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { NewsDate } from './news-date.tsx';

/**
 * An article's date as a link to the news of its convention year, in the
 * article's language. Screen readers hear where it leads after the date.
 */
export function EditionLink({ article }: { article: Pick<ArticleSummary, 'publishedAt' | 'lang'> }) {
  const { editions } = useMessages();
  const year = beijingYear(article.publishedAt);
  // Another language is another document (see router.tsx): load it directly.
  const reloadDocument = article.lang !== useLang();
  return (
    <Link
      className="edition-link"
      to={pagePath('edition', { year: String(year) }, article.lang)}
      reloadDocument={reloadDocument}
      hrefLang={reloadDocument ? LOCALES[article.lang].html : undefined}
    >
      <NewsDate iso={article.publishedAt} />
      <span className="visually-hidden">{editions.dateLink(year)}</span>
    </Link>
  );
}
