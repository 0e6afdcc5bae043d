import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../shared/contract.ts';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { usePublicOrigin } from '../lib/public-origin.ts';
import { LOCALES } from '../shared/languages.ts';
import { pagePath } from '../shared/pages.ts';
import { wasUpdated } from '../lib/was-updated.ts';
import { EditionLink } from './edition-link.tsx';
import { NewsDate } from './news-date.tsx';

type ArticleMetaProps = {
  article: ArticleSummary;
  showAuthor?: boolean;
  /** The date of the last update, when there was one worth telling. */
  showUpdated?: boolean;
};

/**
 * Date, forum, reading time and topics, as links where they lead somewhere.
 * Names come in the article's language, so they link to that language's pages.
 */
export function ArticleMeta({ article, showAuthor = false, showUpdated = false }: ArticleMetaProps) {
  const { article: text, byline } = useMessages();
  const lang = article.lang;
  // Another language is another document (see router.tsx): load it directly.
  const reloadDocument = lang !== useLang();
  const nameLang = reloadDocument ? LOCALES[lang].html : undefined;
  const origin = usePublicOrigin();
  return (
    // In the article's own header, a printed copy says where it came from (styles/article.css, print only).
    <div
      className="meta"
      data-print-url={showAuthor ? `${origin}${pagePath('article', { slug: article.slug }, lang)}` : undefined}
    >
      <p className="meta__line">
        <EditionLink article={article} />
        {showUpdated && wasUpdated(article) && (
          <span>
            {text.updated} <NewsDate iso={article.updatedAt} />
          </span>
        )}
        <Link
          to={pagePath('forum', { forum: article.forum.slug }, lang)}
          reloadDocument={reloadDocument}
          lang={nameLang}
        >
          {article.forum.name}
        </Link>
        {showAuthor && <span className="meta__author">{byline.by(article.author)}</span>}
        <span>{text.readingTime(article.readingMinutes)}</span>
      </p>
      {article.topics.length > 0 && (
        <ul className="meta__topics" aria-label={text.topics}>
          {article.topics.map((topic) => (
            <li key={topic.slug}>
              <Link
                className="tag"
                to={pagePath('topic', { topic: topic.slug }, lang)}
                reloadDocument={reloadDocument}
                lang={nameLang}
              >
                {topic.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
