import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useMessages } from '../lib/messages-context.tsx';
import type { ListSort } from '../shared/list-params.ts';

const ORDERS = ['relevance', 'newest', 'oldest'] as const;

type SortLinksProps = {
  sort: ListSort | undefined;
  /** The address of the same results in another order (undefined: by relevance). */
  hrefFor: (sort: ListSort | undefined) => string;
};

/**
 * The orders of the results, as links like the forum and topic filters: each
 * order has its own address, works before the page's script has loaded, and
 * nothing happens until a reader chooses (a <select> that navigates would
 * leave the page at each arrow key).
 */
export function SortLinks({ sort, hrefFor }: SortLinksProps) {
  const { search } = useMessages();
  const labelId = useId();
  const current = sort ?? 'relevance';
  return (
    <div className="sort-links">
      <span id={labelId} className="sort-links__label">
        {search.sort.label}
      </span>
      <ul aria-labelledby={labelId}>
        {ORDERS.map((order) => (
          <li key={order}>
            <Link
              className="chip"
              to={hrefFor(order === 'relevance' ? undefined : order)}
              aria-current={order === current ? 'true' : undefined}
              preventScrollReset
            >
              {search.sort[order]}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
