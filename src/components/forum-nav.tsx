import { useQuery } from '@tanstack/react-query';
import { NavLink, useLocation } from 'react-router-dom';
import { forumsQuery } from '../api/taxonomy.ts';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { pagePath } from '../shared/pages.ts';
import { Disclosure } from './disclosure.tsx';

/**
 * The latest news and the convention's forums, one link each. A wide screen
 * shows them all, wrapping onto more rows; a narrow one folds them into a
 * menu that names the forum being read.
 */
export function ForumNav() {
  const lang = useLang();
  const { nav, taxonomy, filters } = useMessages();
  const { pathname } = useLocation();
  const { data } = useQuery(forumsQuery(lang));
  const current = data?.items.find((forum) => pagePath('forum', { forum: forum.slug }, lang) === pathname);
  return (
    <nav className="forum-nav" aria-label={nav.forums}>
      <Disclosure
        className="forum-nav__menu"
        summary={current ? filters.chosen(nav.forums, current.name) : taxonomy.all.forum}
      >
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
      </Disclosure>
    </nav>
  );
}
