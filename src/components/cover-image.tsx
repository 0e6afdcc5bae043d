import type { Image } from '../api/contract.ts';

/** A cover with its size set, so the layout does not shift when it arrives. */
export function CoverImage({
  image,
  className,
  priority = false,
}: {
  image: Image;
  className: string;
  priority?: boolean;
}) {
  return (
    <img
      className={className}
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : 'auto'}
      decoding="async"
    />
  );
}
