import { ApiError } from '../api/api-error.ts';

function describe(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.kind === 'http' && error.status >= 500) {
      return 'The news service had a problem answering. Please try again in a moment.';
    }
    return error.message;
  }
  return 'Something went wrong while loading this content.';
}

/** A failed request, said plainly, with a Retry that repeats it. */
export function QueryError({
  error,
  onRetry,
  what = 'the news',
}: {
  error: unknown;
  onRetry: () => void;
  what?: string;
}) {
  return (
    <div className="query-error" role="alert">
      <p>
        <strong>We could not load {what}.</strong> {describe(error)}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
