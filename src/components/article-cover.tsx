import type { Image } from '../shared/contract.ts';
import { CoverImage } from './cover-image.tsx';

// The article column is at most 46rem wide (styles/article.css).
const ARTICLE_COVER_SIZES = '(min-width: 72rem) 46rem, 100vw';

/** The article's cover, above its body, with the editor's caption and credit under it when there are any. */
export function ArticleCover({ cover }: { cover: Image }) {
  const image = (
    // A generated cover (no alt text) only decorates: on a phone it goes below the body (styles/article.css).
    <CoverImage
      className={cover.alt ? 'article__cover' : 'article__cover article__cover--decorative'}
      image={cover}
      sizes={ARTICLE_COVER_SIZES}
      largest
    />
  );
  if (cover.caption === undefined && cover.credit === undefined) return image;
  return (
    <figure className="article__cover-figure">
      {image}
      <figcaption className="image-caption">
        {cover.caption}
        {cover.caption !== undefined && cover.credit !== undefined && ' '}
        {cover.credit !== undefined && <small className="credit">{cover.credit}</small>}
      </figcaption>
    </figure>
  );
}
