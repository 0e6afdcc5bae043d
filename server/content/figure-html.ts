import { escapeHtml } from '../lib/escape-html.ts';
import type { ProcessedImage } from './processed-image.ts';

/** An image of the body as the editor wrote it: see body-images.ts. */
export type Figure = { reference: string; alt: string; caption?: string; credit?: string };

// The body is at most 46rem wide; below that it spans the screen.
const BODY_IMAGE_SIZES = '(min-width: 46rem) 46rem, 100vw';

/**
 * A body image as a figure: sized so that nothing moves when it arrives,
 * loaded only as the reader nears it, in the best format the browser takes.
 * Caption and credit are plain text.
 */
export function figureHtml({ alt, caption, credit }: Figure, image: ProcessedImage): string {
  const img =
    `<img src="${image.src}" alt="${escapeHtml(alt)}" width="${image.width}" height="${image.height}" ` +
    'loading="lazy" decoding="async">';
  const sources = image.sources.map(
    ({ type, srcset }) => `<source type="${type}" srcset="${srcset}" sizes="${BODY_IMAGE_SIZES}">`,
  );
  const picture = sources.length > 0 ? `<picture>${sources.join('')}${img}</picture>` : img;
  const captionParts = [
    caption !== undefined && escapeHtml(caption),
    credit !== undefined && `<small class="credit">${escapeHtml(credit)}</small>`,
  ].filter(Boolean);
  const figcaption = captionParts.length > 0 ? `<figcaption>${captionParts.join(' ')}</figcaption>` : '';
  return `<figure class="body-figure">${picture}${figcaption}</figure>`;
}
