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
        // Drawn, not typeset, and not marked as Chinese: as text, or as any
        // element with a Chinese `lang` (even an empty or hidden one), these two
        // characters made Chromium load a Chinese font (megabytes) into an English
        // page's first layout, which took twice as long. Screen readers read the
        // label as 中文, in the voice they are using: the markup no longer asks
        // them to switch to a Chinese one.
        <span className="language-switch__drawn-zh" aria-label={LOCALES[target].label} role="img" />
      ) : (
        <span lang={locale}>{LOCALES[target].label}</span>
      )}
    </Link>
  );
}
