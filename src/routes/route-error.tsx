import { useQueryClient } from '@tanstack/react-query';
import { useRevalidator, useRouteError } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';

/** Shown in place of a page whose data failed to load; the header stays usable. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const queryClient = useQueryClient();
  const message = error instanceof ApiError ? error.message : 'Something went wrong while showing this page.';

  const retry = () => {
    queryClient.resetQueries({ type: 'inactive' });
    void revalidator.revalidate();
  };

  return (
    <section className="page-message" aria-labelledby="error-heading">
      <h1 id="error-heading">This page could not be loaded</h1>
      <p>{message}</p>
      <button type="button" onClick={retry}>
        Retry
      </button>
    </section>
  );
}
