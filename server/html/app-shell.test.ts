import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppShell } from './app-shell.ts';

// index.html as `vite build` writes it, with the preload of the language switch's drawn 中文.
const BUILT_SHELL = [
  '<!doctype html><html lang="en"><head>',
  '<link rel="preload" as="image" type="image/svg+xml" crossorigin href="/assets/zh-label-abc.svg" />',
  '</head><body><div id="root"></div></body></html>',
].join('');

function shell() {
  const distDir = mkdtempSync(path.join(tmpdir(), 'app-shell-'));
  writeFileSync(path.join(distDir, 'index.html'), BUILT_SHELL);
  return createAppShell(distDir, undefined);
}

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
});
