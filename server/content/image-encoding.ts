import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import type { MediaFile, ProcessedImage } from './processed-image.ts';

// How an editor's photo is made ready for the web. The article column is at
// most 46rem wide, so 1600 pixels is sharp on a 2× screen; smaller screens
// pick a smaller file from the srcset.
const WIDTHS = [480, 800, 1200, 1600];
// For the few browsers without AVIF or WebP, and as the source of preview cards.
const FALLBACK_WIDTH = 1200;
const ENCODERS = {
  avif: { quality: 55, effort: 4 },
  webp: { quality: 78 },
  jpeg: { quality: 80, mozjpeg: true },
  png: { compressionLevel: 9 },
} as const;
// Modern formats for <picture>, best first.
const SOURCE_FORMATS = ['avif', 'webp'] as const;

// Part of every image's key: change a setting above and every image is encoded
// again, under new names, so no browser keeps an old file.
const ENCODING_SETTINGS = JSON.stringify({ version: 1, WIDTHS, FALLBACK_WIDTH, ENCODERS });

export const MIME_BY_FORMAT: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};
const EXTENSION_BY_FORMAT: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif', svg: 'svg' };

/** The key of what an image file becomes: its bytes and the settings above. */
export function imageKey(data: Buffer): string {
  return createHash('sha256').update(ENCODING_SETTINGS).update(data).digest('hex');
}

export type ImageFacts = { format: string; width: number; height: number; hasAlpha: boolean };

/** What the file is and its size upright (a phone's portrait photo is stored on its side), or undefined if unreadable. */
export async function inspectImage(data: Buffer): Promise<ImageFacts | undefined> {
  try {
    const { format, autoOrient, hasAlpha } = await sharp(data).metadata();
    if (!format || !MIME_BY_FORMAT[format] || !autoOrient.width || !autoOrient.height) return undefined;
    return { format, ...autoOrient, hasAlpha };
  } catch {
    return undefined;
  }
}

/** Where the files of an image go: its folder (covers, images), a readable name and its key. */
export type ImageName = { folder: string; stem: string; key: string };

const mediaPath = ({ folder, stem, key }: ImageName, format: string, width?: number) =>
  `${folder}/${stem}${width ? `-${width}` : ''}-${key.slice(0, 10)}.${EXTENSION_BY_FORMAT[format]}`;

/**
 * Makes the fallback and the AVIF and WebP files of an image. The source is
 * decoded once, upright and at the largest width needed; every file is made
 * from that. Metadata (a photo's GPS position, say) is left out.
 */
export async function encodeImage(data: Buffer, facts: ImageFacts, name: ImageName): Promise<ProcessedImage> {
  const base = { key: name.key, original: { width: facts.width, height: facts.height } };
  if (facts.format === 'svg') {
    const file = { path: mediaPath(name, 'svg'), mime: MIME_BY_FORMAT.svg, data };
    return { ...base, src: `/media/${file.path}`, width: facts.width, height: facts.height, sources: [], files: [file] };
  }
  const largest = Math.min(facts.width, WIDTHS[WIDTHS.length - 1]);
  const { data: pixels, info } = await sharp(data)
    .autoOrient()
    .resize({ width: largest })
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const resized = (width: number): Sharp =>
    sharp(pixels, { raw: { width: info.width, height: info.height, channels: info.channels } }).resize({ width });
  const encode = async (format: keyof typeof ENCODERS, width: number) => {
    const output = await resized(width)[format](ENCODERS[format]).toBuffer({ resolveWithObject: true });
    const file: MediaFile = { path: mediaPath(name, format, width), mime: MIME_BY_FORMAT[format], data: output.data };
    return { file, width: output.info.width, height: output.info.height };
  };

  const widths = WIDTHS.filter((width) => width < largest).concat(largest);
  const fallbackFormat = facts.hasAlpha ? 'png' : 'jpeg';
  const [fallback, ...variants] = await Promise.all([
    encode(fallbackFormat, Math.min(largest, FALLBACK_WIDTH)),
    ...SOURCE_FORMATS.flatMap((format) => widths.map((width) => encode(format, width))),
  ]);
  // The fallback's name carries no width: it is the image's own address.
  fallback.file.path = mediaPath(name, fallbackFormat);
  const sources = SOURCE_FORMATS.map((format) => ({
    type: MIME_BY_FORMAT[format],
    srcset: variants
      .filter(({ file }) => file.mime === MIME_BY_FORMAT[format])
      .map(({ file, width }) => `/media/${file.path} ${width}w`)
      .join(', '),
  }));
  return {
    ...base,
    src: `/media/${fallback.file.path}`,
    width: fallback.width,
    height: fallback.height,
    sources,
    files: [fallback.file, ...variants.map(({ file }) => file)],
  };
}
