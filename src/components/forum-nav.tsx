import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router-dom';
import { forumsQuery } from '../api/taxonomy.ts';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { pagePath } from '../shared/pages.ts';

/** The convention's forums, one link each; scrolls sideways on narrow screens. */
export function ForumNav() {
  const lang = useLang();
  const { nav } = useMessages();
  const { data } = useQuery(forumsQuery(lang));
  return (
    <nav className="forum-nav" aria-label={nav.forums}>
      <ul>
        <li>
          <NavLink to={pagePath('home', {}, lang)} end>
            {nav.latest}
          </NavLink>
        </li>
        {data?.items.map((forum) => (
          <li key={forum.slug}>
            <NavLink to={pagePath('forum', { forum: forum.slug }, lang)}>{forum.name}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
