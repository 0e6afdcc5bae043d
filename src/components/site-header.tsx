import { Link } from 'react-router-dom';
import { SITE_NAME, SITE_TAGLINE } from '../shared/site.ts';
import { ForumNav } from './forum-nav.tsx';
import { SearchForm } from './search-form.tsx';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          <svg className="brand__mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
            <path d="M18 44 32 20 46 44Z" fill="none" stroke="currentColor" strokeWidth="4" />
            <circle cx="18" cy="44" r="6" />
            <circle cx="32" cy="20" r="6" />
            <circle cx="46" cy="44" r="6" />
          </svg>
          <span className="brand__text">
            <span className="brand__name">{SITE_NAME}</span>
            <span className="brand__tagline">{SITE_TAGLINE}</span>
          </span>
        </Link>
        <SearchForm />
      </div>
      <ForumNav />
    </header>
  );
}
