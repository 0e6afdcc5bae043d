import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { articleQuery, findCachedSummary } from '../api/articles.ts';
import { ArticleView } from '../components/article-view.tsx';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { markHeadlineShown } from '../lib/navigation-timing.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { useLang } from '../lib/messages-context.tsx';

// The editors' preview shows the same view. Its route takes it from here, so
// that the article page's code stays one file rather than a page and its view.
export { ArticleView };

export function ArticlePage() {
  const slug = useParams().slug ?? '';
  const queryClient = useQueryClient();
  const lang = useLang();
  const { data: article, error, refetch } = useQuery(articleQuery(lang, slug));
  // Arriving from a list, the headline and summary are already known: show them at once.
  const summary = article ?? findCachedSummary(queryClient, lang, slug);
  useDocumentMeta('article', summary && { headline: summary.title }, summary?.summary);
  const headlineShown = Boolean(summary);
  useEffect(() => {
    if (headlineShown) markHeadlineShown();
  }, [slug, headlineShown]);

  if (error instanceof ApiError && error.isNotFound) return <NotFoundPage what="article" />;
  return <ArticleView summary={summary} article={article} error={error} onRetry={() => void refetch()} />;
}
