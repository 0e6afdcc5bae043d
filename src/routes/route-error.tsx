import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { NotFoundPage } from './not-found-page.tsx';

/**
 * The last line of defence for an error inside a page. It sits below the
 * layout, so the header and navigation stay usable.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <section className="page-message" aria-labelledby="error-heading">
      <h1 id="error-heading">This page could not be shown</h1>
      <p>Something went wrong on this page. Reloading usually helps.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </section>
  );
}
