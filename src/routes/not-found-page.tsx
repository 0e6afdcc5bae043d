import { Link } from 'react-router-dom';
import type { Thing } from '../shared/i18n/en.ts';
import { pagePath } from '../shared/pages.ts';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { useDocumentMeta } from '../lib/use-document-meta.ts';

/** For unknown paths, and for an article, forum or topic that does not exist. */
export function NotFoundPage({ what = 'page' }: { what?: Thing }) {
  const { titles, notFound, things } = useMessages();
  const lang = useLang();
  useDocumentMeta('not-found', {});
  return (
    <section className="page-message" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{titles.notFound}</h1>
      <p>{notFound.text(things[what])}</p>
      <ul className="page-message__actions">
        <li>
          <Link to={pagePath('home', {}, lang)}>{notFound.latest}</Link>
        </li>
        <li>
          <Link to={pagePath('search', {}, lang)}>{notFound.search}</Link>
        </li>
      </ul>
    </section>
  );
}
