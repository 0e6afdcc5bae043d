import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// index.html marks the tags the server replaces for each URL.
const HEAD_REGION = /<!--page-head-->[\s\S]*?<!--\/page-head-->/;
const ROOT = '<div id="root"></div>';

export type ShellParts = {
  head: string;
  /** Server-rendered markup of the first view, if any. */
  appHtml?: string;
  /** Script tags to add at the end of the body (the hydration data). */
  bodyEnd?: string;
};

/** Reads the built index.html, again only when a new build replaces it, and fills it in. */
export function createAppShell(distDir: string) {
  const file = path.join(distDir, 'index.html');
  let cached: { mtimeMs: number; html: string } | undefined;

  return function render({ head, appHtml = '', bodyEnd = '' }: ShellParts): string | undefined {
    if (!existsSync(file)) return undefined;
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
    // Function replacements, so "$&" or "$1" in a headline is taken literally.
    const withHead = HEAD_REGION.test(cached.html)
      ? cached.html.replace(HEAD_REGION, () => head)
      : cached.html.replace('</head>', () => `${head}\n</head>`);
    return withHead
      .replace(ROOT, () => `<div id="root">${appHtml}</div>`)
      .replace('</body>', () => `${bodyEnd}</body>`);
  };
}
