import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '../api/api-error.ts';
import { useMessages } from '../lib/messages-context.tsx';
import type { ArticleList } from '../shared/contract.ts';

type SearchCountProps = { result: UseQueryResult<ArticleList>; q: string };

/**
 * How many articles a search found, said for the query actually searched (a
 * corrected spelling, if the server corrected it), and roughly when the
 * server could only estimate it. While a busy server is waited for, it says
 * so instead. A live region, so a screen reader hears every change.
 */
export function SearchCount({ result, q }: SearchCountProps) {
  const { search: text } = useMessages();
  const { data, isPlaceholderData, isFetching, failureReason } = result;
  const busy = isFetching && failureReason instanceof ApiError && failureReason.isBusy;
  let line = '';
  if (busy) {
    line = text.busy;
  } else if (data && !isPlaceholderData) {
    const searched = data.correctedQuery ?? q;
    line = data.estimated ? text.resultsAbout(data.total, searched) : text.results(data.total, searched);
  }
  return (
    <p className="list-count" role="status">
      {line}
    </p>
  );
}
