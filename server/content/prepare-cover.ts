import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { Image } from '../../src/shared/contract.ts';
import { GENERATED_COVER_SIZE, generatedCoverPath, generatedCoverSvg } from './generated-cover.ts';

export type MediaFile = { path: string; mime: string; data: Buffer };
/** `store` is false for covers the server can draw again on request; `variants` are extra sizes and formats. */
export type PreparedCover = { image: Image; media: MediaFile; store: boolean; variants?: MediaFile[] };

const VARIANT_WIDTHS = [480, 800, 1200];
const VARIANT_FORMATS = [
  { format: 'avif', type: 'image/avif', encode: (image: Sharp) => image.avif({ quality: 55, effort: 4 }) },
  { format: 'webp', type: 'image/webp', encode: (image: Sharp) => image.webp({ quality: 78 }) },
] as const;

/**
 * A photo cover is also written as AVIF and WebP at a few widths, so each
 * browser downloads the smallest file that looks sharp on its screen.
 */
async function rasterVariants(stem: string, data: Buffer, width: number) {
  const widths = VARIANT_WIDTHS.filter((candidate) => candidate < width).concat(Math.min(width, 1600));
  const variants: MediaFile[] = [];
  const sources: NonNullable<Image['sources']> = [];
  for (const { format, type, encode } of VARIANT_FORMATS) {
    const srcset: string[] = [];
    for (const variantWidth of widths) {
      const encoded = await encode(sharp(data).resize({ width: variantWidth })).toBuffer();
      const media = toMedia(`${stem}-${variantWidth}`, encoded, format);
      variants.push(media);
      srcset.push(`/media/${media.path} ${variantWidth}w`);
    }
    sources.push({ type, srcset: srcset.join(', ') });
  }
  return { variants, sources };
}

const MIME_BY_FORMAT: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

// The content hash in the name lets the server cache media forever.
function mediaPath(stem: string, data: Buffer, extension: string): string {
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 10);
  return `covers/${stem}-${hash}.${extension}`;
}

function toMedia(stem: string, data: Buffer, format: string): MediaFile {
  const extension = format === 'jpeg' ? 'jpg' : format;
  return { path: mediaPath(stem, data, extension), mime: MIME_BY_FORMAT[format], data };
}

export function generateCover(slug: string, forum: string): PreparedCover {
  const path = generatedCoverPath(slug, forum);
  const media = { path, mime: MIME_BY_FORMAT.svg, data: Buffer.from(generatedCoverSvg(slug, forum)) };
  // A generated cover carries no information beyond the headline beside it.
  return { media, store: false, image: { src: `/media/${path}`, alt: '', ...GENERATED_COVER_SIZE } };
}

/** Loads an editor-supplied cover from content/covers, or explains why it cannot. */
export async function loadCover(
  contentDir: string,
  image: string,
  alt: string,
): Promise<{ ok: true; cover: PreparedCover } | { ok: false; message: string }> {
  const coversDir = path.join(contentDir, 'covers');
  const file = path.resolve(coversDir, image);
  if (!file.startsWith(coversDir + path.sep)) return { ok: false, message: 'the cover must be a file inside content/covers' };
  if (!existsSync(file)) return { ok: false, message: `the cover file covers/${image} does not exist` };
  const data = readFileSync(file);
  try {
    const { format, width, height } = await sharp(data).metadata();
    if (!format || !MIME_BY_FORMAT[format] || !width || !height) {
      return { ok: false, message: 'the cover must be a JPEG, PNG, WebP, AVIF or SVG image' };
    }
    const stem = path.basename(file, path.extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const media = toMedia(stem, data, format);
    const image = { src: `/media/${media.path}`, alt, width, height };
    if (format === 'svg') return { ok: true, cover: { media, store: true, image } };
    const { variants, sources } = await rasterVariants(stem, data, width);
    return { ok: true, cover: { media, store: true, variants, image: { ...image, sources } } };
  } catch {
    return { ok: false, message: `covers/${image} is not a readable image` };
  }
}
