import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppShell } from './app-shell.ts';

// index.html as `vite build` writes it, with the preload of the language switch's drawn 中文.
const BUILT_SHELL = [
  '<!doctype html><html lang="en"><head>',
  '<link rel="preload" as="image" type="image/svg+xml" crossorigin href="/assets/zh-label-abc.svg" />',
  '<link rel="stylesheet" crossorigin href="/assets/app-abc.css">',
  '</head><body><div id="root"></div></body></html>',
].join('');

// The build's manifest: the article page's code brings a stylesheet of its
// own, the home page's none, and both import the start-up chunk.
const MANIFEST = {
  '_app-abc.js': { file: 'assets/app-abc.js', css: ['assets/app-abc.css'] },
  'src/routes/home-page.tsx': { file: 'assets/home-page-abc.js', imports: ['_app-abc.js'] },
  'src/routes/article-page.tsx': {
    file: 'assets/article-page-abc.js',
    imports: ['_app-abc.js'],
    css: ['assets/article-page-abc.css'],
  },
};

function shell() {
  const distDir = mkdtempSync(path.join(tmpdir(), 'app-shell-'));
  writeFileSync(path.join(distDir, 'index.html'), BUILT_SHELL);
  mkdirSync(path.join(distDir, '.vite'));
  writeFileSync(path.join(distDir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  return createAppShell(distDir, undefined);
}

const stylesheets = (html: string) => [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);

describe('the page shell', () => {
  it('preloads the drawn 中文 on an English page, whose language switch shows it', () => {
    expect(shell()({ head: '', lang: 'en', appHtml: '<main>News</main>' })).toContain(
      'href="/assets/zh-label-abc.svg"',
    );
  });

  it('does not on a Chinese page, whose switch reads EN', () => {
    const html = shell()({ head: '', lang: 'zh-Hans', appHtml: '<main>新闻</main>' })!;
    expect(html).not.toContain('zh-label');
    expect(html).toContain('<html lang="zh-Hans">');
  });

  it("links an article's own stylesheet on its page, after the one every page has, so it paints styled", () => {
    const html = shell()({ head: '', lang: 'en', appHtml: '<main>News</main>', page: 'article' })!;
    expect(stylesheets(html)).toEqual(['/assets/app-abc.css', '/assets/article-page-abc.css']);
  });

  it('links no more than the stylesheet every page has on a page whose code brings none', () => {
    expect(stylesheets(shell()({ head: '', lang: 'en', appHtml: '<main>News</main>', page: 'home' })!)).toEqual([
      '/assets/app-abc.css',
    ]);
    expect(stylesheets(shell()({ head: '', lang: 'en' })!)).toEqual(['/assets/app-abc.css']);
  });
});
