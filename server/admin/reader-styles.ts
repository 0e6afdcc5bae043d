import path from 'node:path';
import { readBuildManifest, stylesheetsOf } from '../html/page-stylesheets.ts';

/**
 * The stylesheets of the built app (the entry's and the start-up chunk's
 * first, then those of its lazy pages), as files, from Vite's manifest; none
 * before `npm run build`.
 */
export function readerStylesheets(distDir: string): string[] {
  const manifest = readBuildManifest(distDir);
  const chunks = Object.keys(manifest);
  const entries = chunks.filter((key) => manifest[key].isEntry);
  return stylesheetsOf(manifest, [...entries, ...chunks]).map((file) => path.join(distDir, file));
}
