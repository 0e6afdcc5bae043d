import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { importContent } from '../content/import-content.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { createLiveRepository } from './live-repository.ts';

// A new database file is checked in full before the server reads it: a bad
// one (garbage, a damaged copy, another schema) is refused with a reason,
// the previous one goes on serving, and nothing it opened is left open.

const site = useFixtureSite({ fresh: true });
let live: ReturnType<typeof createLiveRepository> | undefined;
afterEach(() => live?.close());

/** Puts `bytes` where the database is, the way an import does: a new file renamed over it. */
function replaceDatabase(bytes: Buffer) {
  const next = `${site.databaseFile}.next`;
  writeFileSync(next, bytes);
  renameSync(next, site.databaseFile);
}

const openFiles = () => readdirSync('/proc/self/fd').length;

function serving() {
  live = createLiveRepository(site.databaseFile, { pollMs: 0 });
  const app = createApp({ repository: live.current, distDir: site.distDir, databaseFile: live.fileStatus });
  const status = async (url: string) => (await app.request(url)).status;
  return { live, app, status };
}

describe('reloading the database', () => {
  it('refuses garbage, keeps serving, says why in /healthz, and leaks nothing', async () => {
    const { live, app, status } = serving();
    const good = readFileSync(site.databaseFile);
    const before = openFiles();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      replaceDatabase(Buffer.from(`not a database, attempt ${attempt} `.repeat(500)));
      await expect(live.reload()).rejects.toThrow(/was not opened: it cannot be read \(file is not a database\)/);
    }
    expect(openFiles()).toBe(before);
    expect(await status('/api/articles')).toBe(200);
    const health = await app.request('/healthz');
    expect(health.status).toBe(503);
    expect((await health.json()).problems).toEqual([
      expect.stringMatching(/was not opened: it cannot be read .*\(the previous one is still served\)$/),
    ]);
    expect(await status('/livez')).toBe(200);

    // The same refused file is not read again; a good one is taken.
    await expect(live.reload()).resolves.toBe(false);
    replaceDatabase(good);
    await expect(live.reload()).resolves.toBe(true);
    expect(await status('/healthz')).toBe(200);
  });

  it('refuses a damaged copy and a file of another schema', async () => {
    const { live } = serving();
    const good = readFileSync(site.databaseFile);
    // Whole first pages, then the rest lost: opens, and fails only when read further.
    replaceDatabase(Buffer.concat([good.subarray(0, Math.floor(good.length / 2)), Buffer.alloc(4096, 7)]));
    await expect(live.reload()).rejects.toThrow(/was not opened: it (is damaged|cannot be read)/);

    const other = `${site.databaseFile}.other`;
    copyFileSync(path.join(site.databaseFile), other);
    writeFileSync(other, good);
    const db = new Database(other);
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'schema_version'").run();
    db.close();
    renameSync(other, site.databaseFile);
    await expect(live.reload()).rejects.toThrow(/it has schema version 1; this server needs version/);
  });

  it('picks up a new import after a refused file', async () => {
    const { live, status } = serving();
    replaceDatabase(Buffer.from('garbage'.repeat(1000)));
    await expect(live.reload()).rejects.toThrow();
    expect((await importContent(site.contentDir, site.databaseFile, { skipCards: true })).ok).toBe(true);
    await expect(live.reload()).resolves.toBe(true);
    expect(live.fileStatus()).toEqual({ missing: false, refused: undefined });
    expect(await status('/healthz')).toBe(200);
  });
});
