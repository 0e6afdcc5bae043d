import { Link } from 'react-router-dom';
import { useMessages } from '../lib/messages-context.tsx';

/** A list page past the last one (?page=99): there is nothing there, and page 1 is one step away. */
export function PastLastPage({ firstPage }: { firstPage: string }) {
  const { titles, notFound, things, pagination } = useMessages();
  return (
    <section className="empty-state" aria-labelledby="past-last-page-heading">
      <h2 id="past-last-page-heading">{titles.notFound}</h2>
      <p>{notFound.text(things.page)}</p>
      <p>
        <Link to={firstPage}>{`${pagination.pagePrefix}1${pagination.pageSuffix}`}</Link>
      </p>
    </section>
  );
}
