import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../shared/contract.ts';
import { markCardClick } from '../lib/navigation-timing.ts';
import { ArticleMeta } from './article-meta.tsx';
import { CoverImage } from './cover-image.tsx';
import { HighlightedText } from './highlighted-text.tsx';
import { usePrefetchArticle } from './use-prefetch-article.ts';

type ArticleCardProps = {
  article: ArticleSummary;
  /** The lead story: larger, and its cover loads first. */
  lead?: boolean;
  /** Load the cover at once (it is above the fold). */
  priority?: boolean;
  /** This card's cover is the largest image on the page. */
  largest?: boolean;
  headingLevel?: 2 | 3;
};

export function ArticleCard({
  article,
  lead = false,
  priority = false,
  largest = lead,
  headingLevel = 2,
}: ArticleCardProps) {
  const prefetch = usePrefetchArticle();
  const Heading = `h${headingLevel}` as const;
  const { match } = article;
  return (
    <article className={lead ? 'card card--lead' : 'card'}>
      <CoverImage className="card__cover" image={article.cover} eager={priority} largest={largest} />
      <div className="card__body">
        <Heading className="card__title">
          <Link
            to={`/news/${article.slug}`}
            onMouseEnter={() => prefetch(article.slug)}
            onFocus={() => prefetch(article.slug)}
            onClick={markCardClick}
          >
            {match ? <HighlightedText value={match.title} /> : article.title}
          </Link>
        </Heading>
        <p className="card__summary">{match ? <HighlightedText value={match.summary} /> : article.summary}</p>
        {match && match.excerpt.text && (
          <p className="card__excerpt">
            <HighlightedText value={match.excerpt} />
          </p>
        )}
        <ArticleMeta article={article} />
      </div>
    </article>
  );
}
