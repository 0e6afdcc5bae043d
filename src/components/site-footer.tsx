import { Link, useLocation } from 'react-router-dom';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { localizePath } from '../shared/languages.ts';
import { matchPage, pagePath } from '../shared/pages.ts';

/** The feed of the forum or topic the page shows, if it shows one: its page's path plus /feed.xml. */
function useTaxonomyFeed(): { kind: 'forum' | 'topic'; href: string } | undefined {
  const { pathname } = useLocation();
  const page = matchPage(pathname);
  if (page?.id !== 'forum' && page?.id !== 'topic') return undefined;
  const slug = page.params[page.id];
  return slug ? { kind: page.id, href: `${pagePath(page.id, { [page.id]: slug }, page.lang)}/feed.xml` } : undefined;
}

export function SiteFooter() {
  const { footer, site } = useMessages();
  const lang = useLang();
  const taxonomyFeed = useTaxonomyFeed();
  return (
    <footer className="site-footer">
      <nav aria-label={footer.label}>
        <ul className="site-footer__links">
          {taxonomyFeed && (
            <li>
              <a href={taxonomyFeed.href} type="application/rss+xml">
                {taxonomyFeed.kind === 'forum' ? footer.forumFeed : footer.topicFeed}
              </a>
            </li>
          )}
          <li>
            <a href={localizePath(lang, '/feed.xml')} type="application/rss+xml">
              {footer.feed}
            </a>
          </li>
          <li>
            <a href="/sitemap.xml">{footer.sitemap}</a>
          </li>
          <li>
            <Link to={pagePath('about', {}, lang)}>{footer.about}</Link>
          </li>
          <li>
            <Link to={pagePath('accessibility', {}, lang)}>{footer.accessibility}</Link>
          </li>
        </ul>
      </nav>
      <p>{site.footer}</p>
    </footer>
  );
}
