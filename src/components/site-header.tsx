import { Link } from 'react-router-dom';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { pagePath } from '../shared/pages.ts';
import { ForumNav } from './forum-nav.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SearchForm } from './search-form.tsx';

export function SiteHeader() {
  const { site } = useMessages();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={pagePath('home', {}, useLang())} className="brand">
          <svg className="brand__mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
            <path d="M18 44 32 20 46 44Z" fill="none" stroke="currentColor" strokeWidth="4" />
            <circle cx="18" cy="44" r="6" />
            <circle cx="32" cy="20" r="6" />
            <circle cx="46" cy="44" r="6" />
          </svg>
          <span className="brand__text">
            <span className="brand__name">{site.name}</span>
            <span className="brand__tagline">{site.tagline}</span>
          </span>
        </Link>
        {/* Beside the name on a phone, after the search box on a wide screen (styles.css). */}
        <LanguageSwitch />
        <SearchForm />
      </div>
      <ForumNav />
    </header>
  );
}
