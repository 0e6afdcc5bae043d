import { Link } from 'react-router-dom';
import { LOCALES } from '../shared/languages.ts';
import { useMessages } from '../lib/messages-context.tsx';
import { useLanguageSwitch } from '../lib/use-language-switch.ts';

/**
 * The same page in the other language, named in that language. The other
 * language is another document (one catalog per document), so the link loads
 * it directly rather than through the router.
 */
export function LanguageSwitch() {
  const { nav } = useMessages();
  const { target, path } = useLanguageSwitch();
  const locale = LOCALES[target].html;
  return (
    <Link className="language-switch" to={path} hrefLang={locale} reloadDocument>
      {/* The space between the two is not shown (the link is a flex box) but is read. */}
      <span className="visually-hidden">{nav.language}</span>{' '}
      {target === 'zh' ? (
        // Drawn, not typeset: as text, these two characters made an English page
        // load a Chinese font (megabytes) for one link, the costliest part of its
        // first layout. Screen readers read the label, in Chinese.
        <span className="language-switch__drawn-zh" lang={locale} role="img" aria-label={LOCALES[target].label} />
      ) : (
        <span lang={locale}>{LOCALES[target].label}</span>
      )}
    </Link>
  );
}
