import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { freePort } from '../e2e/free-port.ts';
import { importContent } from './content/import-content.ts';
import { articleFile } from './test/fixture-site.ts';
import { useFixtureSite } from './test/use-fixture-site.ts';

// The real server process, with a search worker, told by SIGHUP to read a
// database file that is not one, and then one that changes again under it.
const site = useFixtureSite({ fresh: true });

function replaceDatabase(bytes: Buffer) {
  writeFileSync(`${site.databaseFile}.next`, bytes);
  renameSync(`${site.databaseFile}.next`, site.databaseFile);
}

async function startServer() {
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'main.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_FILE: site.databaseFile,
      DIST_DIR: site.distDir,
      SEARCH_WORKERS: '1',
    },
    stdio: 'ignore',
  });
  onTestFinished(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
  });
  const get = async (url: string) => {
    const response = await fetch(`http://127.0.0.1:${port}${url}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  await expect
    .poll(async () => (await get('/livez').catch(() => ({ status: 0 }))).status, { timeout: 20_000 })
    .toBe(200);
  return { server, get };
}

describe('SIGHUP with a bad database file', () => {
  it('keeps the server serving the previous database, and /healthz says why', { timeout: 60_000 }, async () => {
    const { server, get } = await startServer();
    const good = readFileSync(site.databaseFile);
    replaceDatabase(Buffer.from('this is not a database '.repeat(2000)));
    server.kill('SIGHUP');
    await expect.poll(async () => (await get('/healthz')).status, { timeout: 15_000 }).toBe(503);
    expect(server.exitCode).toBeNull();
    expect((await get('/healthz')).body.problems).toEqual([expect.stringContaining('file is not a database')]);
    expect((await get('/api/articles?q=grid')).status).toBe(200);
    expect((await get('/api/articles')).status).toBe(200);

    replaceDatabase(good);
    server.kill('SIGHUP');
    await expect.poll(async () => (await get('/healthz')).status, { timeout: 15_000 }).toBe(200);
  });

  it(
    'answers searches when the file changes again before the search worker reads it',
    { timeout: 60_000 },
    async () => {
      const { server, get } = await startServer();
      expect((await get('/api/articles?q=grid')).status).toBe(200);
      const newTitle = 'Zygomorphic Sensors Reach the Harbour';
      writeFileSync(
        path.join(site.contentDir, 'articles', '2026-11-20-zygomorphic-sensors.md'),
        articleFile({
          slug: 'zygomorphic-sensors',
          title: newTitle,
          summary: 'A new import while the server runs.',
          published: '2026-11-20T09:00:00+08:00',
          forum: 'energy-session',
          topics: ['standards'],
          author: 'WIOTC News Center',
          body: 'Zygomorphic sensors report every minute.',
        }),
      );
      expect((await importContent(site.contentDir, site.databaseFile, { skipCards: true })).ok).toBe(true);
      server.kill('SIGHUP');
      await expect
        .poll(async () => (await get('/api/articles?pageSize=1')).body.items, { timeout: 15_000 })
        .toEqual([expect.objectContaining({ title: newTitle })]);
      // The server moved on; the worker has not opened the new file yet, and now it is garbage.
      replaceDatabase(Buffer.from('garbage '.repeat(5000)));
      const searched = await get('/api/articles?q=zygomorphic');
      expect(searched.status).toBe(200);
      expect(searched.body.total).toBe(1);
    },
  );
});
