import { Link } from 'react-router-dom';

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
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      <p className="pagination__status">
        Page {page} of {totalPages}
      </p>
      <ul className="pagination__list">
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} rel="prev">
              ← Newer<span className="visually-hidden"> articles, page {page - 1}</span>
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
                <span className="visually-hidden">Page </span>
                {entry}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < totalPages ? (
            <Link to={hrefFor(page + 1)} rel="next">
              Older<span className="visually-hidden"> articles, page {page + 1}</span> →
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
