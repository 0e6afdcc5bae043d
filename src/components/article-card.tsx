import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../shared/contract.ts';
import { LOCALES } from '../shared/languages.ts';
import { pagePath } from '../shared/pages.ts';
import { useLang } from '../lib/messages-context.tsx';
import { markCardClick } from '../lib/navigation-timing.ts';
import { ArticleMeta } from './article-meta.tsx';
import { CoverImage } from './cover-image.tsx';
import { HighlightedText } from './highlighted-text.tsx';
import { usePrefetchArticle } from './use-prefetch-article.ts';

// Widths as styles.css draws them: the lead story's cover takes 3/5 of the
// 72rem page from 48rem up; the grid has three 20–23rem columns from 64rem,
// two from 43rem, one below.
const LEAD_COVER_SIZES = '(min-width: 72rem) 43rem, (min-width: 48rem) 60vw, 100vw';
const CARD_COVER_SIZES = '(min-width: 64rem) 23rem, (min-width: 43rem) 50vw, 100vw';

type ArticleCardProps = {
  article: ArticleSummary;
  /** The lead story: larger, and its cover loads first. */
  lead?: boolean;
  /** This card's cover is the largest image on the page. */
  largest?: boolean;
  headingLevel?: 2 | 3;
};

export function ArticleCard({ article, lead = false, largest = lead, headingLevel = 2 }: ArticleCardProps) {
  const prefetch = usePrefetchArticle();
  const Heading = `h${headingLevel}` as const;
  const { match } = article;
  // A search widened to both languages finds articles in the other one: they
  // say which language they are in, and open in their own language's pages.
  const foreign = article.lang !== useLang();
  const locale = LOCALES[article.lang];
  // Its own text is in its language; the date and reading time are in the page's.
  const textLang = foreign ? locale.html : undefined;
  const linkProps = foreign
    ? { reloadDocument: true }
    : {
        onMouseEnter: () => prefetch(article.slug),
        onFocus: () => prefetch(article.slug),
        onClick: markCardClick,
      };
  return (
    <article className={lead ? 'card card--lead' : 'card'}>
      <CoverImage
        className="card__cover"
        image={article.cover}
        sizes={lead ? LEAD_COVER_SIZES : CARD_COVER_SIZES}
        largest={largest}
      />
      <div className="card__body">
        {foreign && (
          <p className="card__lang" lang={textLang}>
            {locale.label}
          </p>
        )}
        <Heading className="card__title" lang={textLang}>
          {/* Stretched over the whole card (reader.css): one link to the story, the card its target. */}
          <Link className="card__link" to={pagePath('article', { slug: article.slug }, article.lang)} {...linkProps}>
            {match ? <HighlightedText value={match.title} /> : article.title}
          </Link>
        </Heading>
        <p className="card__summary" lang={textLang}>
          {match ? <HighlightedText value={match.summary} /> : article.summary}
        </p>
        {match && match.excerpt.text && (
          <p className="card__excerpt" lang={textLang}>
            <HighlightedText value={match.excerpt} />
          </p>
        )}
        <ArticleMeta article={article} />
      </div>
    </article>
  );
}
