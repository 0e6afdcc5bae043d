import { ApiError } from '../api/api-error.ts';
import { useMessages } from '../lib/messages-context.tsx';
import { useOnline } from '../lib/use-online.ts';
import type { Messages, Thing } from '../shared/i18n/en.ts';

/** Why it failed, in the page's language: the API's own wording is for developers. */
function describe(error: unknown, { errors }: Messages): string {
  if (!(error instanceof ApiError)) return errors.other;
  if (error.kind !== 'http') return errors[error.kind];
  if (error.isBusy) return errors.busy;
  return error.status >= 500 ? errors.server : errors.request;
}

/**
 * A failed request, said plainly, with a Retry that repeats it. Offline, a
 * Retry could only fail again: the reader is told the page loads by itself
 * once they are back online (the query client refetches on reconnect).
 */
export function QueryError({ error, onRetry, what }: { error: unknown; onRetry: () => void; what?: Thing }) {
  const messages = useMessages();
  const { errors, offline } = messages;
  const online = useOnline();
  return (
    <div className="query-error" role="alert">
      <p>
        <strong>{what ? errors.couldNotLoad(messages.things[what]) : errors.news}</strong>{' '}
        {online ? describe(error, messages) : `${offline.title} ${offline.text}`}
      </p>
      {online && (
        <button type="button" onClick={onRetry}>
          {errors.retry}
        </button>
      )}
    </div>
  );
}
