import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { previewQuery } from '../api/preview.ts';
import { formatBeijingDateTime } from '../shared/beijing-time.ts';
import type { ArticlePreview } from '../shared/contract.ts';
import { PREVIEW_TEXT } from '../shared/i18n/preview-text.ts';
import { pagePath } from '../shared/pages.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { NotFoundPage } from './not-found-page.tsx';
// Only editors see it: its styles load with its code.
import '../styles/preview.css';
import type { ArticleView as ArticleViewComponent } from '../components/article-view.tsx';

/** Where the preview stands: a draft, scheduled for a time, or public since. */
function PreviewNotice({ preview }: { preview: ArticlePreview }) {
  const lang = useLang();
  const text = PREVIEW_TEXT[lang];
  const { article, state } = preview;
  return (
    <aside className="preview-notice" aria-label={text.label}>
      <p className="preview-notice__state">
        {state === 'draft' && text.draft}
        {state === 'published' && (
          <>
            {text.published} <Link to={pagePath('article', { slug: article.slug }, lang)}>{text.livePage}</Link>
          </>
        )}
        {state === 'scheduled' && text.scheduled(formatBeijingDateTime(article.publishedAt, lang))}
      </p>
      <p className="preview-notice__private">
        {text.private} <a href="#share-card-heading">{text.seeCard}</a>
      </p>
    </aside>
  );
}

/** The link preview chat apps and social networks will draw: the card image, headline, summary and site. */
function ShareCardPreview({ preview }: { preview: ArticlePreview }) {
  const { site } = useMessages();
  const text = PREVIEW_TEXT[useLang()];
  return (
    <section className="share-card-preview" aria-labelledby="share-card-heading">
      <h2 id="share-card-heading">{text.card}</h2>
      <p className="share-card-preview__hint">{text.cardHint}</p>
      <div className="share-card-preview__card">
        <img src={preview.cardSrc} alt="" width={1200} height={630} loading="lazy" decoding="async" />
        <p className="share-card-preview__site">{site.name}</p>
        <p className="share-card-preview__title">{preview.article.title}</p>
        <p className="share-card-preview__summary">{preview.article.summary}</p>
      </div>
    </section>
  );
}

/**
 * An article readers cannot see yet, exactly as they will see it, for the
 * editors who have its secret address; with where it stands and its share card.
 * The view is the article page's own, handed over by the route that loads both.
 */
export function PreviewPage({ ArticleView }: { ArticleView: typeof ArticleViewComponent }) {
  const key = useParams().key ?? '';
  const lang = useLang();
  const { data: preview, error, refetch } = useQuery(previewQuery(lang, key));
  useDocumentMeta('preview', preview && { headline: preview.article.title }, preview?.article.summary);

  if (error instanceof ApiError && error.isNotFound) return <NotFoundPage />;
  return (
    <>
      {preview && <PreviewNotice preview={preview} />}
      <ArticleView summary={preview?.article} article={preview?.article} error={error} onRetry={() => void refetch()} />
      {preview && <ShareCardPreview preview={preview} />}
    </>
  );
}
