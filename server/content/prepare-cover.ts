import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Image } from '../../src/api/contract.ts';
import { GENERATED_COVER_SIZE, generatedCoverSvg } from './generated-cover.ts';

export type MediaFile = { path: string; mime: string; data: Buffer };
export type PreparedCover = { image: Image; media: MediaFile };

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
  const media = toMedia(slug, Buffer.from(generatedCoverSvg(slug, forum)), 'svg');
  // A generated cover carries no information beyond the headline beside it.
  return { media, image: { src: `/media/${media.path}`, alt: '', ...GENERATED_COVER_SIZE } };
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
    return { ok: true, cover: { media, image: { src: `/media/${media.path}`, alt, width, height } } };
  } catch {
    return { ok: false, message: `covers/${image} is not a readable image` };
  }
}
