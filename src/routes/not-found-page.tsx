import { Link } from 'react-router-dom';
import { useDocumentMeta } from '../lib/use-document-meta.ts';

/** For unknown paths, and for an article, forum or topic that does not exist. */
export function NotFoundPage({ what = 'page' }: { what?: string }) {
  useDocumentMeta('not-found', {});
  return (
    <section className="page-message" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>We could not find this {what}. It may have moved, or the link may be mistyped.</p>
      <ul className="page-message__actions">
        <li>
          <Link to="/">Read the latest news</Link>
        </li>
        <li>
          <Link to="/search">Search the news</Link>
        </li>
      </ul>
    </section>
  );
}
