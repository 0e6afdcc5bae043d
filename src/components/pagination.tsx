import { Link } from 'react-router-dom';
import { useMessages } from '../lib/messages-context.tsx';

type PaginationProps = { page: number; totalPages: number; hrefFor: (page: number) => string };

/** Page numbers to show: the first, the last, and the current one with its neighbours. */
function visiblePages(page: number, totalPages: number): (number | 'gap')[] {
  const pages: (number | 'gap')[] = [];
  for (let candidate = 1; candidate <= totalPages; candidate += 1) {
    if (candidate === 1 || candidate === totalPages || Math.abs(candidate - page) <= 1) pages.push(candidate);
    else if (pages.at(-1) !== 'gap') pages.push('gap');
  }
  return pages;
}

export function Pagination({ page, totalPages, hrefFor }: PaginationProps) {
  const { pagination: text } = useMessages();
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={text.label}>
      <p className="pagination__status">{text.status(page, totalPages)}</p>
      <ul className="pagination__list">
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} rel="prev">
              ← {text.newer}
              <span className="visually-hidden">{text.pageOf(page - 1)}</span>
            </Link>
          ) : null}
        </li>
        {visiblePages(page, totalPages).map((entry, index) =>
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
