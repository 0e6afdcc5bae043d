import { useEffect, useState } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { useMessages } from '../lib/messages-context.tsx';
import { useOnline } from '../lib/use-online.ts';
import { NotFoundPage } from './not-found-page.tsx';

/**
 * The last line of defence for an error inside a page. It sits below the
 * layout, so the header and navigation stay usable.
 */
export function RouteError() {
  const error = useRouteError();
  const online = useOnline();
  // Offline, the likely cause is a page whose code was never downloaded: say
  // so, ask for nothing the reader cannot do, and load it again once the
  // connection is back (a failed import stays failed in the router, so by a
  // new document).
  const [wentOffline, setWentOffline] = useState(!online);
  if (!online && !wentOffline) setWentOffline(true);
  useEffect(() => {
    if (wentOffline && online) window.location.reload();
  }, [wentOffline, online]);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return wentOffline ? <OfflineError /> : <PageError />;
}

function OfflineError() {
  const { offline } = useMessages();
  return (
    <section className="page-message" aria-labelledby="error-heading">
      <h1 id="error-heading">{offline.title}</h1>
      <p>{offline.text}</p>
    </section>
  );
}

function PageError() {
  const { errors } = useMessages();
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
