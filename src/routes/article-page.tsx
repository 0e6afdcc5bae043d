import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { articleQuery, findCachedSummary } from '../api/articles.ts';
import { ArticleCard } from '../components/article-card.tsx';
import { ArticleMeta } from '../components/article-meta.tsx';
import { CoverImage } from '../components/cover-image.tsx';
import { QueryError } from '../components/query-error.tsx';
import { ShareBar } from '../components/share-bar.tsx';
import { TextSkeleton } from '../components/skeletons.tsx';
import { pagePath } from '../shared/pages.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { markHeadlineShown } from '../lib/navigation-timing.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { useLang, useMessages } from '../lib/messages-context.tsx';

export function ArticlePage() {
  const slug = useParams().slug ?? '';
  const queryClient = useQueryClient();
  const lang = useLang();
  const { article: text } = useMessages();
  const { data: article, error, refetch } = useQuery(articleQuery(lang, slug));
  // Arriving from a list, the headline and summary are already known: show them at once.
  const summary = article ?? findCachedSummary(queryClient, lang, slug);
  useDocumentMeta('article', summary && { headline: summary.title }, summary?.summary);
  const headlineShown = Boolean(summary);
  useEffect(() => {
    if (headlineShown) markHeadlineShown();
  }, [slug, headlineShown]);

  if (error instanceof ApiError && error.isNotFound) return <NotFoundPage what="article" />;

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
      {summary && (
        // A generated cover (no alt text) only decorates: on a phone it goes below the body (layout.css).
        <CoverImage
          className={summary.cover.alt ? 'article__cover' : 'article__cover article__cover--decorative'}
          image={summary.cover}
          largest
        />
      )}
      {error && !article && <QueryError error={error} what="article" onRetry={() => void refetch()} />}
      {article ? (
        // bodyHtml was sanitized with an allow-list at import.
        <div className="article__body prose" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
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
