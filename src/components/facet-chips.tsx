import { Link } from 'react-router-dom';
import type { Forum } from '../shared/contract.ts';

type FacetChipsProps = {
  /** Names the group for screen readers, e.g. "Narrow by topic". */
  label: string;
  items: Forum[] | undefined;
  active?: string;
  hrefFor: (slug: string | undefined) => string;
  /** Offer an "All" chip that removes the narrowing. */
  allLabel?: string;
};

/** Chips with counts that narrow a list; the active one is marked as current. */
export function FacetChips({ label, items, active, hrefFor, allLabel }: FacetChipsProps) {
  const shown = (items ?? []).filter((item) => item.articleCount > 0 || item.slug === active);
  if (shown.length === 0) return null;
  return (
    <nav className="chips" aria-label={label}>
      <ul>
        {allLabel && (
          <li>
            <Link className="chip" to={hrefFor(undefined)} aria-current={active ? undefined : 'true'}>
              {allLabel}
            </Link>
          </li>
        )}
        {shown.map((item) => (
          <li key={item.slug}>
            <Link
              className="chip"
              to={hrefFor(item.slug === active ? undefined : item.slug)}
              aria-current={item.slug === active ? 'true' : undefined}
            >
              {item.name} <span className="chip__count">({item.articleCount})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
