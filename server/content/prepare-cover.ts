import path from 'node:path';
import type { Image } from '../../src/shared/contract.ts';
import type { FrontMatter } from './front-matter.ts';
import { generatedCoverImage, generatedCoverPath, generatedCoverSvg } from './generated-cover.ts';
import { MIME_BY_FORMAT } from './image-encoding.ts';
import type { ImageProcessor } from './image-processor.ts';
import { locateImage } from './locate-image.ts';
import type { MediaFile, ProcessedImage } from './processed-image.ts';

/**
 * `media` is what the preview card is drawn from. `processed` is an editor's
 * photo with its files; a generated cover has none, as the server draws it
 * again on request.
 */
export type PreparedCover = { image: Image; media: MediaFile; processed?: ProcessedImage };

export function generateCover(slug: string, forum: string): PreparedCover {
  const media = { path: generatedCoverPath(slug, forum), mime: MIME_BY_FORMAT.svg, data: Buffer.from(generatedCoverSvg(slug, forum)) };
  return { media, image: generatedCoverImage(slug, forum) };
}

/** Loads an editor-supplied cover, named from content/covers, or explains why it cannot. */
export async function loadCover(
  contentDir: string,
  { image: reference, alt, caption, credit }: NonNullable<FrontMatter['cover']>,
  images: ImageProcessor,
): Promise<{ ok: true; cover: PreparedCover } | { ok: false; message: string }> {
  const located = locateImage(contentDir, path.join(contentDir, 'covers'), reference, 'the cover file');
  if (!located.ok) return located;
  const loaded = await images.load(located.image);
  if (!loaded.ok) return loaded;
  const { src, width, height, sources, files } = loaded.image;
  const image: Image = {
    src,
    alt,
    width,
    height,
    ...(sources.length > 0 && { sources }),
    ...(caption !== undefined && { caption }),
    ...(credit !== undefined && { credit }),
  };
  return { ok: true, cover: { image, media: files[0], processed: loaded.image } };
}
