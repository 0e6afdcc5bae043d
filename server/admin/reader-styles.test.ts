import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerStylesheets } from './reader-styles.ts';

describe("the stylesheets of the editors' preview", () => {
  it('are every stylesheet of the build, the one every page has first, so later ones win as on the site', () => {
    const distDir = mkdtempSync(path.join(tmpdir(), 'reader-styles-'));
    mkdirSync(path.join(distDir, '.vite'));
    // Listed as Vite may list them: a page's chunk before the start-up chunk it imports.
    const manifest = {
      'src/routes/article-page.tsx': {
        file: 'assets/article-page.js',
        imports: ['_app.js'],
        css: ['assets/article.css'],
      },
      '_app.js': { file: 'assets/app.js', css: ['assets/app.css'] },
      'src/routes/preview-page.tsx': {
        file: 'assets/preview-page.js',
        imports: ['_app.js'],
        css: ['assets/preview.css'],
      },
    };
    writeFileSync(path.join(distDir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    expect(readerStylesheets(distDir)).toEqual(
      ['assets/app.css', 'assets/article.css', 'assets/preview.css'].map((file) => path.join(distDir, file)),
    );
  });
});
