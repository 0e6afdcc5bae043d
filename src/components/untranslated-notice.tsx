import { useSearchParams } from 'react-router-dom';
import { UNTRANSLATED_PARAM } from '../shared/languages.ts';
import { useMessages } from '../lib/messages-context.tsx';

/**
 * On a home page reached through the language switch from an article that
 * has no version in this language. It is in the server's HTML, so nothing
 * moves when the page hydrates; dismissing it cleans the address bar.
 */
export function UntranslatedNotice() {
  const { language } = useMessages();
  const [searchParams, setSearchParams] = useSearchParams();
  if (searchParams.get(UNTRANSLATED_PARAM) !== '1') return null;
  const dismiss = () => {
    const next = new URLSearchParams(searchParams);
    next.delete(UNTRANSLATED_PARAM);
    setSearchParams(next, { replace: true, preventScrollReset: true });
  };
  return (
    <div className="notice" role="status">
      <p>{language.untranslated}</p>
      <button type="button" className="notice__close" onClick={dismiss}>
        {language.dismiss}
      </button>
    </div>
  );
}
