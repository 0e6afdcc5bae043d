import { ApiError } from '../api/api-error.ts';
import { useMessages } from '../lib/messages-context.tsx';
import type { Messages, Thing } from '../shared/i18n/en.ts';

/** Why it failed, in the page's language: the API's own wording is for developers. */
function describe(error: unknown, { errors }: Messages): string {
  if (!(error instanceof ApiError)) return errors.other;
  if (error.kind !== 'http') return errors[error.kind];
  return error.status >= 500 ? errors.server : errors.request;
}

/** A failed request, said plainly, with a Retry that repeats it. */
export function QueryError({ error, onRetry, what }: { error: unknown; onRetry: () => void; what?: Thing }) {
  const messages = useMessages();
  const { errors } = messages;
  return (
    <div className="query-error" role="alert">
      <p>
        <strong>{what ? errors.couldNotLoad(messages.things[what]) : errors.news}</strong> {describe(error, messages)}
      </p>
      <button type="button" onClick={onRetry}>
        {errors.retry}
      </button>
    </div>
  );
}
