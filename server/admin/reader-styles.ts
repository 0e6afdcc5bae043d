import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

type ManifestChunk = { isEntry?: boolean; css?: string[] };

/**
 * The stylesheets of the built app (the entry's first, then those of its
 * lazy pages), as files, from Vite's manifest; none before `npm run build`.
 */
export function readerStylesheets(distDir: string): string[] {
  const manifestFile = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return [];
  const chunks = Object.values(JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>);
  const ordered = [...chunks.filter((chunk) => chunk.isEntry), ...chunks.filter((chunk) => !chunk.isEntry)];
  const files = new Set(ordered.flatMap((chunk) => chunk.css ?? []));
  return [...files].map((file) => path.join(distDir, file));
}
