import type { PreparedArticle } from './prepare-article.ts';
import type { ProcessedImage } from './processed-image.ts';

/** The editors' images an article shows, each once: its cover's and its body's. */
export function processedImagesOf(article: PreparedArticle): ProcessedImage[] {
  const images = [article.cover.processed, ...article.bodyImages];
  return [...new Set(images.filter((image) => image !== undefined))];
}

/** Buffers posted from a worker thread arrive as plain Uint8Arrays; sharp and the database want Buffers back. */
export function restoreBuffers(article: PreparedArticle): void {
  article.cover.media.data = Buffer.from(article.cover.media.data);
  for (const image of processedImagesOf(article)) {
    for (const file of image.files) file.data = Buffer.from(file.data);
  }
}
