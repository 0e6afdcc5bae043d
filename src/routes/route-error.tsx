import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { useMessages } from '../lib/messages-context.tsx';
import { NotFoundPage } from './not-found-page.tsx';

/**
 * The last line of defence for an error inside a page. It sits below the
 * layout, so the header and navigation stay usable.
 */
export function RouteError() {
  const error = useRouteError();
  const { errors } = useMessages();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <section className="page-message" aria-labelledby="error-heading">
      <h1 id="error-heading">{errors.pageHeading}</h1>
      <p>{errors.pageText}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {errors.reload}
      </button>
    </section>
  );
}
