import { Form, useLocation } from 'react-router-dom';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { QUERY_MAX_LENGTH } from '../shared/limits.ts';
import { pagePath } from '../shared/pages.ts';

/**
 * The header's search box: a plain GET form to the search page, so it works
 * with the keyboard, the back button and a shared link. React Router submits
 * it client-side; without JavaScript the browser does.
 */
export function SearchForm() {
  const location = useLocation();
  const { search } = useMessages();
  const action = pagePath('search', {}, useLang());
  // The search page has its own, larger box; one is enough.
  if (location.pathname === action) return null;
  return (
    <Form className="search-form" action={action} method="get" role="search" aria-label={search.region}>
      <label htmlFor="site-search" className="visually-hidden">
        {search.label}
      </label>
      <input
        // A fresh, empty field after each navigation.
        key={location.key}
        id="site-search"
        type="search"
        name="q"
        placeholder={search.label}
        maxLength={QUERY_MAX_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">{search.submit}</button>
    </Form>
  );
}
