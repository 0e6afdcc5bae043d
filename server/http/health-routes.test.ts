import { renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

const site = useFixtureSite({ fresh: true });

describe('/healthz and /livez', () => {
  it('answer ok with the article count when everything is there', async () => {
    const health = await site.app.request('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', articles: expect.any(Number) });
    expect(health.headers.get('Cache-Control')).toBe('no-store');
  });

  it('fail, saying why, when the built app or the database file is missing, while /livez stays simple', async () => {
    renameSync(path.join(site.distDir, 'index.html'), path.join(site.distDir, 'index.old'));
    const app = createApp({
      repository: () => site.repository,
      distDir: site.distDir,
      databaseFile: () => ({ missing: true }),
    });
    const health = await app.request('/healthz');
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({
      status: 'failing',
      articles: expect.any(Number),
      problems: [
        'the database file is missing (the one opened before is still read)',
        expect.stringMatching(/^the built app is missing \(.*index\.html\): run "npm run build"$/),
      ],
    });
    expect(await (await app.request('/livez')).json()).toEqual({ status: 'alive' });
  });

  it('fail when the open database cannot be read', async () => {
    const broken = {
      ...site.repository,
      listArticles: () => {
        throw new Error('database disk image is malformed');
      },
    };
    const app = createApp({ repository: () => broken, distDir: site.distDir });
    const health = await app.request('/healthz');
    expect(health.status).toBe(503);
    expect((await health.json()).problems).toEqual(['the database cannot be read: database disk image is malformed']);
  });
});
