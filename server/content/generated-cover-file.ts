import { LRUCache } from 'lru-cache';
import sharp from 'sharp';
import { GENERATED_COVER_SIZE, type GeneratedCoverRequest, generatedCoverSvg } from './generated-cover.ts';
import { MIME_BY_FORMAT } from './image-encoding.ts';

type CoverFile = { mime: string; data: Buffer };
type WebpRequest = Required<GeneratedCoverRequest>;

// The drawing is smooth colour and thin lines: a lower quality than photos
// get (image-encoding.ts) looks the same here and weighs a third less.
const WEBP = { quality: 70 };

async function drawWebp({ articleSlug, forumSlug, width }: WebpRequest): Promise<Buffer> {
  // Rendered at the size asked for rather than drawn large and shrunk.
  const density = (72 * width) / GENERATED_COVER_SIZE.width;
  return sharp(Buffer.from(generatedCoverSvg(articleSlug, forumSlug)), { density }).webp(WEBP).toBuffer();
}

// A WebP cover takes tens of milliseconds to draw and a few kilobytes to keep,
// and a list page asks for a dozen at once: drawn files are kept, the most
// recently asked for first, and a file being drawn is drawn once however many
// readers ask for it meanwhile (the cache's fetch shares the drawing).
const drawn = new LRUCache<string, Buffer, WebpRequest>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (data) => data.length,
  fetchMethod: (_path, _stale, { context }) => drawWebp(context),
});

/** The file for a generated-cover request: the SVG itself, or the WebP drawn from it. */
export async function generatedCoverFile(path: string, request: GeneratedCoverRequest): Promise<CoverFile> {
  const { articleSlug, forumSlug, width } = request;
  if (width === undefined) return { mime: MIME_BY_FORMAT.svg, data: Buffer.from(generatedCoverSvg(articleSlug, forumSlug)) };
  const data = await drawn.fetch(path, { context: { articleSlug, forumSlug, width } });
  // Undefined only for a fetch aborted by the cache, which nothing here does.
  if (!data) throw new Error(`The generated cover ${path} could not be drawn`);
  return { mime: MIME_BY_FORMAT.webp, data };
}
