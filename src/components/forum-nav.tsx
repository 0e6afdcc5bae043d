import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router-dom';
import { forumsQuery } from '../api/taxonomy.ts';

/** The convention's forums, one link each; scrolls sideways on narrow screens. */
export function ForumNav() {
  const { data } = useQuery(forumsQuery());
  return (
    <nav className="forum-nav" aria-label="Forums">
      <ul>
        <li>
          <NavLink to="/" end>
            Latest
          </NavLink>
        </li>
        {data?.items.map((forum) => (
          <li key={forum.slug}>
            <NavLink to={`/forums/${forum.slug}`}>{forum.name}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
