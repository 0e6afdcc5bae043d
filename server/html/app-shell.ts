import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PageId } from '../../src/shared/pages.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import type { BootScript } from './boot-script.ts';
import { type BuildManifest, buildManifestFile, pageStylesheets, readBuildManifest } from './page-stylesheets.ts';

// index.html marks the tags the server replaces for each URL.
const HEAD_REGION = /<!--page-head-->[\s\S]*?<!--\/page-head-->/;
const ROOT = '<div id="root"></div>';

export type ShellParts = {
  head: string;
  /** The page's language as HTML names it: en or zh-Hans. */
  lang: string;
  /** Server-rendered markup of the first view, if any. */
  appHtml?: string;
  /** The page the URL names, whose own stylesheets the head links. */
  page?: PageId;
};

// index.html preloads the drawn 中文 of the language switch (styles/zh-label.svg),
// which an English page shows near its top: fetched with the stylesheet rather
// than after it (crossorigin, as CSS masks are fetched). A Chinese page's
// switch reads "EN" and needs no image.
const ZH_LABEL_PRELOAD = /\s*<link rel="preload" as="image"[^>]*\/zh-label-[^>]*>/;

const HTML_TAG = /<html\b[^>]*>/i;
const LANG_ATTRIBUTE = /\slang="[^"]*"/i;

/** The template's <html> tag, with the page's language in place of whatever it had. */
function withLang(html: string, lang: string): string {
  return html.replace(HTML_TAG, (tag) => {
    const attribute = ` lang="${escapeHtml(lang)}"`;
    return LANG_ATTRIBUTE.test(tag)
      ? tag.replace(LANG_ATTRIBUTE, () => attribute)
      : tag.replace(/^<html/i, `<html${attribute}`);
  });
}

// Vite writes one module script per file the page starts from: the start-up
// chunk, and before it any file of the bundler's helpers it imports.
const MODULE_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;

/**
 * A server-rendered page is readable, and its links and forms work, before
 * any script runs. Its code then starts after the page is painted (the boot
 * script, at the end of the body) instead of competing with the page's text,
 * styles and images.
 */
export function startAppAfterPaint(html: string, boot: BootScript | undefined): string {
  const scripts = [...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]);
  if (scripts.length === 0 || !boot) return html; // not a production build
  return html
    .replace(MODULE_PRELOAD, '')
    .replace(MODULE_SCRIPT, '')
    .replace('</body>', () => `<script data-scripts="${scripts.join(' ')}">${boot.source}</script></body>`);
}

const mtimeOf = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/**
 * Links the stylesheets that a page's own code brings (an article's), beside
 * the one every page has, so that the page is painted as it will stay. The
 * app finds them linked when its code for the page loads, and adds none.
 */
function withPageStylesheets(html: string, manifest: BuildManifest, page: PageId | undefined): string {
  if (!page) return html;
  const links = pageStylesheets(manifest, page)
    .filter((href) => !html.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" crossorigin href="${escapeHtml(href)}">`);
  return links.length === 0 ? html : html.replace('</head>', () => `${links.join('')}\n</head>`);
}

/** Reads the built index.html and manifest, again only when a new build replaces them, and fills them in. */
export function createAppShell(distDir: string, boot: BootScript | undefined) {
  const file = path.join(distDir, 'index.html');
  const manifestFile = buildManifestFile(distDir);
  let cached: { stamp: string; html: string; manifest: BuildManifest } | undefined;

  return function render({ head, lang, appHtml = '', page }: ShellParts): string | undefined {
    if (!existsSync(file)) return undefined;
    // A build writes the page before the manifest: both are read again when either changes.
    const stamp = `${mtimeOf(file)} ${mtimeOf(manifestFile)}`;
    if (cached?.stamp !== stamp) {
      cached = { stamp, html: readFileSync(file, 'utf8'), manifest: readBuildManifest(distDir) };
    }
    const localized = lang.startsWith('zh') ? cached.html.replace(ZH_LABEL_PRELOAD, '') : cached.html;
    const styled = withPageStylesheets(localized, cached.manifest, page);
    const template = withLang(appHtml ? startAppAfterPaint(styled, boot) : styled, lang);
    // Function replacements, so "$&" or "$1" in a headline is taken literally.
    const withHead = HEAD_REGION.test(template)
      ? template.replace(HEAD_REGION, () => head)
      : template.replace('</head>', () => `${head}\n</head>`);
    return withHead.replace(ROOT, () => `<div id="root">${appHtml}</div>`);
  };
}
