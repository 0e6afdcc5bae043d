import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../api/contract.ts';
import { formatDate } from '../lib/format-date.ts';

export function ArticleCard({ article, eager = false }: { article: ArticleSummary; eager?: boolean }) {
  return (
    <article className="card">
      <img
        className="card__cover"
        src={article.cover.src}
        alt={article.cover.alt}
        width={article.cover.width}
        height={article.cover.height}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
      />
      <div className="card__body">
        <h2 className="card__title">
          <Link to={`/news/${article.slug}`}>{article.title}</Link>
        </h2>
        <p className="card__summary">{article.summary}</p>
        <p className="card__meta">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          <span>{article.forum.name}</span>
          <span>{article.readingMinutes} min read</span>
        </p>
      </div>
    </article>
  );
}
