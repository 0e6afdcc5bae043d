import { LRUCache } from 'lru-cache';
import sharp from 'sharp';
import { GENERATED_COVER_SIZE, type GeneratedCoverFile } from './generated-cover.ts';
import { MIME_BY_FORMAT } from './image-encoding.ts';

type CoverFile = { mime: string; data: Buffer };

// A WebP cover takes tens of milliseconds to draw and a few kilobytes to keep,
// and a list page asks for a dozen at once: drawn files are kept, the most
// recently asked for first, and a file being drawn is drawn once however many
// readers ask for it meanwhile.
const drawn = new LRUCache<string, Buffer>({ maxSize: 32 * 1024 * 1024, sizeCalculation: (data) => data.length });
const drawing = new Map<string, Promise<Buffer>>();

// The drawing is smooth colour and thin lines: a lower quality than photos
// get (image-encoding.ts) looks the same here and weighs a third less.
const WEBP = { quality: 70 };

async function drawWebp(svg: string, width: number): Promise<Buffer> {
  // Rendered at the size asked for rather than drawn large and shrunk.
  const density = (72 * width) / GENERATED_COVER_SIZE.width;
  return sharp(Buffer.from(svg), { density }).webp(WEBP).toBuffer();
}

/** The file for a generated-cover request: the SVG itself, or the WebP drawn from it. */
export async function generatedCoverFile(key: string, { svg, width }: GeneratedCoverFile): Promise<CoverFile> {
  if (width === undefined) return { mime: MIME_BY_FORMAT.svg, data: Buffer.from(svg) };
  let data = drawn.get(key);
  if (!data) {
    let pending = drawing.get(key);
    if (!pending) {
      pending = drawWebp(svg, width).finally(() => drawing.delete(key));
      drawing.set(key, pending);
    }
    data = await pending;
    drawn.set(key, data);
  }
  return { mime: MIME_BY_FORMAT.webp, data };
}
