import { Form, useLocation } from 'react-router-dom';
import { QUERY_MAX_LENGTH } from '../api/contract.ts';

/**
 * The header's search box: a plain GET form to /search, so it works with the
 * keyboard, the back button and a shared link. React Router submits it
 * client-side; without JavaScript the browser does.
 */
export function SearchForm() {
  const location = useLocation();
  const current = location.pathname === '/search' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  return (
    <Form className="search-form" action="/search" method="get" role="search" aria-label="Site search">
      <label htmlFor="site-search" className="visually-hidden">
        Search news
      </label>
      <input
        // A fresh field per page, pre-filled with the search being shown.
        key={location.key}
        id="site-search"
        type="search"
        name="q"
        defaultValue={current}
        placeholder="Search news"
        maxLength={QUERY_MAX_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">Search</button>
    </Form>
  );
}
