import { useRef } from 'react';
import type { Article, ArticleSummary } from '../shared/contract.ts';
import { pagePath } from '../shared/pages.ts';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { useVideoFacades } from '../lib/use-video-facades.ts';
import { ArticleCard } from './article-card.tsx';
import { ArticleCover } from './article-cover.tsx';
import { ArticleMeta } from './article-meta.tsx';
import { QueryError } from './query-error.tsx';
import { TextSkeleton } from './skeletons.tsx';
import { untilVisible } from './until-visible.tsx';
// The article's styles travel with its code, not in the stylesheet every page
// loads; on an article's page the server links them (server/html/page-stylesheets.ts).
import '../styles/article.css';
import '../styles/videos.css';

// After the article's text: its code (buttons, WeChat's QR code) waits until it is near.
const ShareBar = untilVisible(() => import('./share-bar.tsx').then((module) => module.ShareBarContent), {
  as: 'section',
  id: 'share-bar',
  className: 'share',
  'aria-labelledby': 'share-heading',
});

type ArticleViewProps = {
  /** Known before the article itself when arriving from a list: shown at once. */
  summary: ArticleSummary | Article | undefined;
  article: Article | undefined;
  error: Error | null;
  onRetry: () => void;
};

/** An article as readers see it: on its page, and in the editors' preview. */
export function ArticleView({ summary, article, error, onRetry }: ArticleViewProps) {
  const lang = useLang();
  const { article: text } = useMessages();
  const body = useRef<HTMLDivElement>(null);
  useVideoFacades(body, article?.bodyHtml);

  return (
    <article className="article" aria-busy={!article}>
      <header className="article__header">
        {summary ? (
          <>
            <h1 className="article__title">{summary.title}</h1>
            <p className="article__summary">{summary.summary}</p>
            <ArticleMeta article={summary} showAuthor showUpdated />
          </>
        ) : (
          <>
            <h1 className="article__title">
              <span className="visually-hidden">{text.loading}</span>
              <span className="skeleton skeleton--title" aria-hidden="true" />
            </h1>
            <TextSkeleton lines={3} />
          </>
        )}
      </header>
      {summary && <ArticleCover cover={summary.cover} />}
      {error && !article && <QueryError error={error} what="article" onRetry={onRetry} />}
      {article ? (
        // bodyHtml was sanitized with an allow-list at import.
        <div ref={body} className="article__body prose" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      ) : (
        !error && <TextSkeleton lines={10} />
      )}
      {article?.correction && (
        <section className="correction" aria-labelledby="correction-heading">
          <h2 id="correction-heading" className="correction__heading">
            {text.correction}
          </h2>
          {/* Plain text from the front matter: React escapes it. */}
          <p className="correction__text">{article.correction}</p>
        </section>
      )}
      {summary && (
        <ShareBar
          path={pagePath('article', { slug: summary.slug }, lang)}
          title={summary.title}
          summary={summary.summary}
        />
      )}
      {article && article.related.length > 0 && (
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading">{text.related}</h2>
          <ul className="card-list">
            {article.related.map((related) => (
              <li key={related.slug}>
                <ArticleCard article={related} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
