import type { Image } from '../shared/contract.ts';

type CoverImageProps = {
  image: Image;
  className: string;
  /** How wide the cover is drawn, as a `sizes` attribute, for the browser to pick a file of the right width. */
  sizes: string;
  /** The page's largest image: fetch it before anything else. */
  largest?: boolean;
};

// The browser reports when this image is painted (element timing), and
// public/boot.js starts the app after that. React passes the attribute through.
const LARGEST_IMAGE_TIMING: Record<string, string> = { elementtiming: 'largest-image' };

/**
 * A cover with its size set, so the layout does not shift when it arrives,
 * in the best format the browser takes when there are several.
 */
export function CoverImage({ image, className, sizes, largest = false }: CoverImageProps) {
  const img = (
    <img
      className={className}
      src={image.src}
      // The largest image is the one the reader waits for: `src` alone, for a
      // generated cover its SVG, a fraction of the bytes of the WebP files.
      srcSet={largest ? undefined : image.srcset}
      sizes={!largest && image.srcset ? sizes : undefined}
      alt={image.alt}
      width={image.width}
      height={image.height}
      // The others wait for the layout, even those on a wide window's first
      // screen: fetched with the page, each took a share of a slow link from
      // the stylesheet and the largest image.
      loading={largest ? 'eager' : 'lazy'}
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
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
      ))}
      {img}
    </picture>
  );
}
