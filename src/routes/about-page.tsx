import { useLang, useMessages } from '../lib/messages-context.tsx';
import { EDITORIAL_CONTACT } from '../lib/editorial-contact.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { INFO_PAGES_TEXT } from '../shared/i18n/info-pages.ts';
import { localizePath } from '../shared/languages.ts';
// Long text set as an article's body is, then the page's own (the server links both).
import '../styles/prose.css';
import '../styles/info-pages.css';

/** What the news center is, how to read and follow it, and whom to write to. */
export function AboutPage() {
  const { titles, footer } = useMessages();
  const lang = useLang();
  const { about } = INFO_PAGES_TEXT[lang];
  useDocumentMeta('about', {});
  return (
    <article className="info-page prose" aria-labelledby="about-heading">
      <h1 id="about-heading">{titles.about}</h1>
      <p>{about.intro}</p>
      <h2>{about.readHeading}</h2>
      <p>{about.read}</p>
      <h2>{about.followHeading}</h2>
      <p>{about.follow}</p>
      <p>
        <a href={localizePath(lang, '/feed.xml')}>{footer.feed}</a>
      </p>
      <h2>{about.contactHeading}</h2>
      <p>
        {about.contact} <a href={`mailto:${EDITORIAL_CONTACT}`}>{EDITORIAL_CONTACT}</a>
      </p>
    </article>
  );
}
