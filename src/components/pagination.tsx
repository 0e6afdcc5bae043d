import { Link } from 'react-router-dom';
import { useMessages } from '../lib/messages-context.tsx';

type PaginationProps = {
  page: number;
  totalPages: number;
  /** The number of pages comes from an estimated count (a search that stopped at its bound). */
  estimated?: boolean;
  hrefFor: (page: number) => string;
};

/**
 * Page numbers to show: the first, the last, and the current one with its
 * neighbours. An estimated last page may not exist, so it is not offered.
 */
function visiblePages(page: number, totalPages: number, estimated: boolean): (number | 'gap')[] {
  const pages: (number | 'gap')[] = [];
  for (let candidate = 1; candidate <= totalPages; candidate += 1) {
    const isLast = candidate === totalPages && !estimated;
    if (candidate === 1 || isLast || Math.abs(candidate - page) <= 1) pages.push(candidate);
    else if (pages.at(-1) !== 'gap') pages.push('gap');
  }
  return pages;
}

export function Pagination({ page, totalPages, estimated = false, hrefFor }: PaginationProps) {
  const { pagination: text } = useMessages();
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={text.label}>
      <p className="pagination__status">
        {estimated ? text.statusAbout(page, totalPages) : text.status(page, totalPages)}
      </p>
      <ul className="pagination__list">
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} rel="prev">
              ← {text.newer}
              <span className="visually-hidden">{text.pageOf(page - 1)}</span>
            </Link>
          ) : null}
        </li>
        {visiblePages(page, totalPages, estimated).map((entry, index) =>
          entry === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={entry}>
              <Link to={hrefFor(entry)} aria-current={entry === page ? 'page' : undefined}>
                <span className="visually-hidden">{text.pagePrefix}</span>
                {entry}
                <span className="visually-hidden">{text.pageSuffix}</span>
              </Link>
            </li>
          ),
        )}
        <li>
          {page < totalPages ? (
            <Link to={hrefFor(page + 1)} rel="next">
              {text.older}
              <span className="visually-hidden">{text.pageOf(page + 1)}</span> →
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
