import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../http/security-headers.ts';
import { createAppShell } from './app-shell.ts';
import { readBootScript } from './boot-script.ts';

// index.html as `vite build` writes it when the bundler's helpers are a file of their own: that file, then the entry.
const BUILT_SHELL = [
  '<!doctype html><html lang="en"><head>',
  '<script type="module" crossorigin src="/assets/runtime-abc.js"></script>',
  '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
  '<link rel="modulepreload" crossorigin href="/assets/app-def.js">',
  '<link rel="stylesheet" crossorigin href="/assets/index-abc.css">',
  '</head><body><div id="root"></div></body></html>',
].join('');
const BOOT = "(function () { var scripts = document.currentScript.getAttribute('data-scripts'); })();\n";

function builtSite() {
  const distDir = mkdtempSync(path.join(tmpdir(), 'boot-script-'));
  writeFileSync(path.join(distDir, 'index.html'), BUILT_SHELL);
  writeFileSync(path.join(distDir, 'boot.js'), BOOT);
  const boot = readBootScript(distDir);
  const shell = createAppShell(distDir, boot);
  const app = new Hono();
  app.use(securityHeaders({ inlineScripts: boot ? [boot.cspHash] : [] }));
  app.get('/', (c) => c.html(shell({ head: '<title>x</title>', lang: 'en', appHtml: '<main>News</main>' })!));
  return app;
}

describe('the boot script', () => {
  it('travels inside a server-rendered page, after the page, and no module script loads before it', async () => {
    const html = await (await builtSite().request('/')).text();
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('modulepreload');
    expect(html).toMatch(
      /<main>News<\/main><\/div><script data-scripts="\/assets\/runtime-abc.js \/assets\/index-abc.js">/,
    );
    expect(html).toContain(`${BOOT}</script></body>`);
  });

  it('is the one inline script the policy lets run, by the hash of exactly its text', async () => {
    const response = await builtSite().request('/');
    const inline = /<script data-scripts="[^"]*">([\s\S]*?)<\/script>/.exec(await response.text())![1];
    const hash = createHash('sha256').update(inline).digest('base64');
    const scriptSrc = /script-src ([^;]*)/.exec(response.headers.get('content-security-policy')!)![1];
    expect(scriptSrc).toBe(`'self' 'sha256-${hash}'`);
    expect(scriptSrc).not.toContain('unsafe-inline');
  });

  it('leaves a page without the build boot script as it was', () => {
    const distDir = mkdtempSync(path.join(tmpdir(), 'boot-script-'));
    writeFileSync(path.join(distDir, 'index.html'), BUILT_SHELL);
    expect(readBootScript(distDir)).toBeUndefined();
    const html = createAppShell(distDir, undefined)({ head: '', lang: 'en', appHtml: '<main>News</main>' });
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js">');
  });
});
