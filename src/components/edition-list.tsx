import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { editionsQuery } from '../api/editions.ts';
import { pagePath } from '../shared/pages.ts';
import { useLang } from '../lib/messages-context.tsx';
import { EDITIONS_TEXT } from '../shared/i18n/editions-text.ts';

/**
 * The convention years with their article counts, newest first, each a link to
 * its edition page; the year shown, if any, is marked as current.
 */
export function EditionList({ current }: { current?: number }) {
  const lang = useLang();
  const text = EDITIONS_TEXT[lang];
  const { data } = useQuery(editionsQuery(lang));
  const headingId = useId();
  const shown = data?.items.filter((edition) => edition.articleCount > 0) ?? [];
  if (shown.length === 0) return null;
  return (
    <nav className="chips editions" aria-labelledby={headingId}>
      <h2 className="editions__heading" id={headingId}>
        {text.browse}
      </h2>
      <ul>
        {shown.map(({ year, articleCount }) => (
          <li key={year}>
            <Link
              className="chip"
              to={pagePath('edition', { year: String(year) }, lang)}
              aria-current={year === current ? 'page' : undefined}
            >
              {year} <span className="chip__count">({articleCount})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
