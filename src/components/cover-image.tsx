import type { Image } from '../shared/contract.ts';

type CoverImageProps = {
  image: Image;
  className: string;
  /** Above the fold: load at once rather than lazily. */
  eager?: boolean;
  /** The page's largest image: fetch it before anything else. */
  largest?: boolean;
};

// The browser reports when this image is painted (element timing), and
// public/boot.js starts the app after that. React passes the attribute through.
const LARGEST_IMAGE_TIMING: Record<string, string> = { elementtiming: 'largest-image' };

const SIZES = '(min-width: 72rem) 46rem, 100vw';

/**
 * A cover with its size set, so the layout does not shift when it arrives,
 * in the best format the browser takes when there are several.
 */
export function CoverImage({ image, className, eager = false, largest = false }: CoverImageProps) {
  const img = (
    <img
      className={className}
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading={eager || largest ? 'eager' : 'lazy'}
      fetchPriority={largest ? 'high' : undefined}
      // The largest image is painted in the same frame as the text around it,
      // not a frame or more later once decoded apart: it is what the reader
      // waits for (and the page's largest paint).
      decoding={largest ? 'auto' : 'async'}
      {...(largest ? LARGEST_IMAGE_TIMING : {})}
    />
  );
  if (!image.sources?.length) return img;
  return (
    <picture>
      {image.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={SIZES} />
      ))}
      {img}
    </picture>
  );
}
