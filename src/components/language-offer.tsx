import { useState } from 'react';
import { Link } from 'react-router-dom';
import { LOCALES } from '../shared/languages.ts';
import { hasAnsweredOffer, preferredLang, rememberOfferAnswer } from '../lib/language-preference.ts';
import { useMessages } from '../lib/messages-context.tsx';
import { useBrowserValue } from '../lib/use-browser-value.ts';
import { useLanguageSwitch } from '../lib/use-language-switch.ts';

/**
 * Offers the page in the other language, once, to a reader whose browser
 * prefers it: never a redirect, since shared links must open as shared. It
 * appears only in the browser (the server knows neither the browser's
 * languages nor the reader's answer), fixed at the bottom of the screen, so
 * it moves nothing on the page. Written in the language it offers.
 */
export function LanguageOffer() {
  const { language } = useMessages();
  const { target, path, available } = useLanguageSwitch();
  // Most readers are not offered anything: their pages hydrate without drawing this again.
  const offered = useBrowserValue(() => available && preferredLang() === target && !hasAnsweredOffer(), false);
  const [answered, setAnswered] = useState(false);
  if (!offered || answered) return null;

  const answer = (choice: 'accepted' | 'dismissed') => {
    rememberOfferAnswer(choice);
    setAnswered(true);
  };
  const locale = LOCALES[target].html;
  return (
    <aside className="language-offer" lang={locale}>
      <p>{language.offer.text}</p>
      <Link to={path} hrefLang={locale} reloadDocument onClick={() => rememberOfferAnswer('accepted')}>
        {language.offer.accept}
      </Link>
      <button type="button" onClick={() => answer('dismissed')}>
        {language.offer.dismiss}
      </button>
    </aside>
  );
}
