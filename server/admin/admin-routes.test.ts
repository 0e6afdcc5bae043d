import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createApp } from '../app.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { localBackend } from './admin-backend.ts';

// Fresh for each test: some change the content or the build.
const site = useFixtureSite({ fresh: true });
const READER_PAGES = ['/', '/news/hospitals-plan-connected-wards', '/forums/energy-session', '/search?q=grid'];

function appWithAdmin() {
  const admin = { backend: localBackend(18081), contentDir: site.contentDir };
  return createApp({ repository: () => site.repository, distDir: site.distDir, admin });
}

const cspOf = (response: Response) => response.headers.get('content-security-policy');

describe('the web editor at /admin', () => {
  it('is a not-found page when not enabled, under the readers’ policy', async () => {
    const readersPolicy = cspOf(await site.app.request('/'));
    for (const url of ['/admin', '/admin/', '/admin/config.yml', '/admin/decap-cms.js', '/admin/cms-setup.js']) {
      const response = await site.app.request(url);
      expect(response.status, url).toBe(404);
      expect(cspOf(response), url).toBe(readersPolicy);
    }
  });

  it('leaves every header of the readers’ pages as it was', async () => {
    const withAdmin = appWithAdmin();
    for (const url of READER_PAGES) {
      const [before, after] = [await site.app.request(url), await withAdmin.request(url)];
      expect(after.status, url).toBe(before.status);
      expect([...after.headers], url).toEqual([...before.headers]);
    }
  });

  it('serves Decap CMS from its package under a policy of its own, never cached or indexed', async () => {
    const app = appWithAdmin();
    expect((await app.request('/admin')).headers.get('location')).toBe('/admin/');

    const page = await app.request('/admin/');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script src="/admin/decap-cms.js"></script>');
    expect(html).toContain('data-collections="articles articles-zh"');
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const policy = cspOf(page)!;
    expect(policy).toContain("script-src 'self' 'unsafe-eval'");
    expect(policy).toContain("connect-src 'self' blob: http://127.0.0.1:18081");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toBe(cspOf(await app.request('/')));

    const bundle = await app.request('/admin/decap-cms.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect(await bundle.text()).toContain('DecapCms');
    expect((await app.request('/admin/cms-setup.js')).status).toBe(200);
  });

  it('makes its configuration from the content folder at each request', async () => {
    const app = appWithAdmin();
    const config = async () => parse(await (await app.request('/admin/config.yml')).text());
    const forumOptions = async () =>
      (await config()).collections[0].fields.find((f: { name: string }) => f.name === 'forum').options;
    expect(await forumOptions()).toContainEqual({ label: 'Energy Session', value: 'energy-session' });

    writeFileSync(
      path.join(site.contentDir, 'forums.yaml'),
      'press-room:\n  name: Press Room\n  zh: { name: 新闻室, description: 新闻发布 }\n',
    );
    expect(await forumOptions()).toEqual([{ label: 'Press Room', value: 'press-room' }]);

    writeFileSync(path.join(site.contentDir, 'forums.yaml'), 'press-room:\n  name: Press Room\n');
    const broken = await app.request('/admin/config.yml');
    expect(broken.status).toBe(500);
    expect(await broken.text()).toMatch(/^forums\.yaml › press-room\.zh: /);
  });

  it('previews in the stylesheets of the built app, in their order', async () => {
    const app = appWithAdmin();
    expect((await app.request('/admin/preview.css')).status).toBe(404); // nothing built yet
    mkdirSync(path.join(site.distDir, '.vite'), { recursive: true });
    writeFileSync(path.join(site.distDir, 'assets', 'index-1.css'), '.article{color:red}');
    writeFileSync(path.join(site.distDir, 'assets', 'page-2.css'), '.page{color:blue}');
    writeFileSync(
      path.join(site.distDir, '.vite', 'manifest.json'),
      JSON.stringify({
        'src/page.tsx': { file: 'assets/page.js', css: ['assets/page-2.css'] },
        'index.html': { file: 'assets/index.js', isEntry: true, css: ['assets/index-1.css'] },
      }),
    );
    const css = await app.request('/admin/preview.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toBe('.article{color:red}\n.page{color:blue}');
  });
});
