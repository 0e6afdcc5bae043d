import type { Image } from '../../src/shared/contract.ts';

/** A file for the media table, served under /media/. */
export type MediaFile = { path: string; mime: string; data: Buffer };

type ImageSource = NonNullable<Image['sources']>[number];

/** What the import made of one image file: what a page shows, and the files that needs. */
export type ProcessedImage = {
  /** A hash of the file's bytes and of the encoding settings: the same key, the same output. */
  key: string;
  /** The file's own size in pixels, upright: what the limits apply to. */
  original: { width: number; height: number };
  /** What every browser shows (a resized JPEG, a PNG where there is transparency, an SVG as it is), and its size. */
  src: string;
  width: number;
  height: number;
  /** AVIF and WebP at several widths, best format first; none for an SVG. */
  sources: ImageSource[];
  /** Every file named above. */
  files: MediaFile[];
};

/** What the database keeps of an image besides its files (processed_images), so a later import can reuse it. */
export type ImageManifest = Omit<ProcessedImage, 'files'> & { files: Omit<MediaFile, 'data'>[] };

export function toManifest(image: ProcessedImage): string {
  const manifest: ImageManifest = { ...image, files: image.files.map(({ path, mime }) => ({ path, mime })) };
  return JSON.stringify(manifest);
}
