import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { encodeImage, imageKey, inspectImage } from './image-encoding.ts';
import { dimensionProblem, fileSizeProblem } from './image-limits.ts';
import type { LocatedImage } from './locate-image.ts';
import { openPreviousMedia } from './previous-media.ts';
import type { ProcessedImage } from './processed-image.ts';

export type ImageResult = { ok: true; image: ProcessedImage } | { ok: false; message: string };
// What is wrong with an image, said after its name.
type Outcome = { ok: true; image: ProcessedImage } | { ok: false; fault: string };

/** How many images an import encoded, and how many it took as they were from the previous database. */
export type ImageCounts = { encoded: number; reused: number };

const readableStem = (file: string) =>
  path
    .basename(file, path.extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'image';

/**
 * Makes editors' image files ready for pages, each file once per import. What
 * the previous database (`previousDatabase`) made of the same bytes with the
 * same settings is reused as it is, so an import in which no image changed
 * encodes none. Close it when the import has read every article.
 */
export function createImageProcessor(previousDatabase?: string) {
  const previous = previousDatabase === undefined ? undefined : openPreviousMedia(previousDatabase);
  const byKey = new Map<string, Promise<Outcome>>();
  const counts: ImageCounts = { encoded: 0, reused: 0 };

  async function process(data: Buffer, key: string, located: LocatedImage): Promise<Outcome> {
    const reused = previous?.processedImage(key);
    const facts = reused ? undefined : await inspectImage(data);
    if (!reused && !facts) return { ok: false, fault: 'is not a JPEG, PNG, WebP, AVIF or SVG image' };
    const original = reused?.original ?? facts!;
    const tooLarge = dimensionProblem(original.width, original.height);
    if (tooLarge) return { ok: false, fault: tooLarge };
    if (reused) {
      counts.reused += 1;
      return { ok: true, image: reused };
    }
    try {
      const image = await encodeImage(data, facts!, { folder: located.folder, stem: readableStem(located.file), key });
      counts.encoded += 1;
      return { ok: true, image };
    } catch {
      return { ok: false, fault: 'could not be read to the end: it may be damaged' };
    }
  }

  return {
    counts,
    /** For the worker threads of a large import, which open their own. */
    previousDatabase,
    async load(located: LocatedImage): Promise<ImageResult> {
      const tooBig = fileSizeProblem(statSync(located.file).size);
      if (tooBig) return { ok: false, message: `${located.name} ${tooBig}` };
      const data = readFileSync(located.file);
      const key = imageKey(data);
      let outcome = byKey.get(key);
      if (!outcome) {
        outcome = process(data, key, located);
        byKey.set(key, outcome);
      }
      const result = await outcome;
      return result.ok ? result : { ok: false, message: `${located.name} ${result.fault}` };
    },
    close: (): void => previous?.close(),
  };
}

export type ImageProcessor = ReturnType<typeof createImageProcessor>;
