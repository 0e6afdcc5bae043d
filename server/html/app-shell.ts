import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// index.html marks the tags the server replaces for each URL.
const HEAD_REGION = /<!--page-head-->[\s\S]*?<!--\/page-head-->/;

/** Reads the built index.html, again only when a new build replaces it. */
export function createAppShell(distDir: string) {
  const file = path.join(distDir, 'index.html');
  let cached: { mtimeMs: number; html: string } | undefined;

  return function render(head: string): string | undefined {
    if (!existsSync(file)) return undefined;
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
    const html = cached.html;
    // A function replacement, so "$&" or "$1" in a headline is taken literally.
    return HEAD_REGION.test(html)
      ? html.replace(HEAD_REGION, () => head)
      : html.replace('</head>', () => `${head}\n</head>`);
  };
}
