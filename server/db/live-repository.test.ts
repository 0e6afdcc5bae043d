import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFile } from '../test/fixture-site.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { createApp } from '../app.ts';
import { importContent } from '../content/import-content.ts';
import { createLiveRepository } from './live-repository.ts';

const site = useFixtureSite();
let live: ReturnType<typeof createLiveRepository>;
let app: ReturnType<typeof createApp>;
beforeAll(() => {
  live = createLiveRepository(site.databaseFile, { pollMs: 20 });
  app = createApp({ repository: live.current, distDir: site.distDir });
});
afterAll(() => live.close());

const NEW_ARTICLE = {
  slug: 'published-while-serving',
  title: 'Published While Serving',
  summary: 'An article imported while the server answers readers.',
  published: '2026-11-20T09:00:00+08:00',
  forum: 'energy-session',
  topics: ['standards'],
  author: 'WIOTC News Center',
  body: 'It appears without a restart.',
};

/** Sends requests back to back until stopped, recording every status. */
function keepReading() {
  const statuses: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const response = await app.request('/api/articles?pageSize=1');
      statuses.push(response.status);
      await response.arrayBuffer();
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return { statuses, stop: async () => ((running = false), await done) };
}

const newestTitle = async () => (await (await app.request('/api/articles?pageSize=1')).json()).items[0].title;

describe('a running server and a new import', () => {
  it('keeps serving the previous database when the import is refused', async () => {
    writeFileSync(path.join(site.contentDir, 'articles', 'broken.md'), '---\ntitle: [unclosed\n---\n');
    const readers = keepReading();
    expect((await importContent(site.contentDir, site.databaseFile)).ok).toBe(false);
    // Look for a new database now, as the watcher or SIGHUP would, rather than wait for it.
    await expect(live.reload()).resolves.toBe(false);
    const seen = readers.statuses.length;
    await expect.poll(() => readers.statuses.length).toBeGreaterThan(seen + 10);
    await readers.stop();
    expect(await newestTitle()).toBe('Tenth Convention Looks Ahead to the Next Decade');
    expect(readers.statuses.every((status) => status === 200)).toBe(true);
  });

  it('picks up a successful import without a restart and without a failed request', async () => {
    writeFileSync(path.join(site.contentDir, 'articles', 'broken.md'), articleFile(NEW_ARTICLE));
    const readers = keepReading();
    expect((await importContent(site.contentDir, site.databaseFile)).ok).toBe(true);
    await expect.poll(newestTitle, { timeout: 5000 }).toBe('Published While Serving');
    await readers.stop();
    expect(readers.statuses.length).toBeGreaterThan(10);
    expect(readers.statuses.every((status) => status === 200)).toBe(true);
  });
});
