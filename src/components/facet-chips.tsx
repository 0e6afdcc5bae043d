import { Link } from 'react-router-dom';
import { useMessages } from '../lib/messages-context.tsx';
import type { Forum } from '../shared/contract.ts';
import { Disclosure } from './disclosure.tsx';
import { EstimatedCount } from './estimated-count.tsx';

type FacetChipsProps = {
  /** Names the group for screen readers, e.g. "Narrow by topic". */
  label: string;
  items: Forum[] | undefined;
  active?: string;
  hrefFor: (slug: string | undefined) => string;
  /** Offer an "All" chip that removes the narrowing. */
  allLabel?: string;
  /** The counts are estimates, from a search that stopped at its time limit. */
  estimated?: boolean;
};

/**
 * Chips with counts that narrow a list; the active one is marked as current.
 * On a phone they fold into one control that says what is chosen, so the
 * news, not the filters, fills the first screen.
 */
export function FacetChips({ label, items, active, hrefFor, allLabel, estimated = false }: FacetChipsProps) {
  const { filters } = useMessages();
  const shown = (items ?? []).filter((item) => item.articleCount > 0 || item.slug === active);
  if (shown.length === 0) return null;
  const chosen = shown.find((item) => item.slug === active)?.name ?? allLabel;
  return (
    <Disclosure
      className="chips-menu"
      summary={chosen ? filters.chosen(label, chosen) : filters.count(label, shown.length)}
    >
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
                {item.name}{' '}
                <span className="chip__count">
                  ({estimated ? <EstimatedCount count={item.articleCount} /> : item.articleCount})
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </Disclosure>
  );
}
