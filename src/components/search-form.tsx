import { Form, useLocation } from 'react-router-dom';
import { QUERY_MAX_LENGTH } from '../shared/limits.ts';

/**
 * The header's search box: a plain GET form to /search, so it works with the
 * keyboard, the back button and a shared link. React Router submits it
 * client-side; without JavaScript the browser does.
 */
export function SearchForm() {
  const location = useLocation();
  // The search page has its own, larger box; one is enough.
  if (location.pathname === '/search') return null;
  return (
    <Form className="search-form" action="/search" method="get" role="search" aria-label="Site search">
      <label htmlFor="site-search" className="visually-hidden">
        Search news
      </label>
      <input
        // A fresh, empty field after each navigation.
        key={location.key}
        id="site-search"
        type="search"
        name="q"
        placeholder="Search news"
        maxLength={QUERY_MAX_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">Search</button>
    </Form>
  );
}
