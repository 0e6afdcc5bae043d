import { useLang, useMessages } from '../lib/messages-context.tsx';
import { EDITORIAL_CONTACT } from '../lib/editorial-contact.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { INFO_PAGES_TEXT } from '../shared/i18n/info-pages.ts';
// Long text set as an article's body is, then the page's own (the server links both).
import '../styles/prose.css';
import '../styles/info-pages.css';

/** The accessibility statement: what is tested, what is known not to work, how to report a problem. */
export function AccessibilityPage() {
  const { titles } = useMessages();
  const text = INFO_PAGES_TEXT[useLang()].accessibility;
  useDocumentMeta('accessibility', {});
  return (
    <article className="info-page prose" aria-labelledby="accessibility-heading">
      <h1 id="accessibility-heading">{titles.accessibility}</h1>
      <p>{text.intro}</p>
      <h2>{text.testedHeading}</h2>
      <ul>
        <li>{text.tested.axe('axe')}</li>
        <li>{text.tested.keyboard('Playwright')}</li>
        <li>{text.tested.reflow}</li>
        <li>{text.tested.names}</li>
      </ul>
      <h2>{text.limitsHeading}</h2>
      <ul>
        {text.limits.map((limit) => (
          <li key={limit}>{limit}</li>
        ))}
      </ul>
      <h2>{text.reportHeading}</h2>
      <p>
        {text.report} <a href={`mailto:${EDITORIAL_CONTACT}`}>{EDITORIAL_CONTACT}</a>
      </p>
    </article>
  );
}
