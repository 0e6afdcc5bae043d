import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runToExit } from '../test/run-to-exit.ts';
import { openDatabase } from './open-database.ts';
import { SCHEMA_VERSION } from './schema.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'wiotc-open-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A database file whose meta table says `version` (none at all when undefined). */
function databaseWithVersion(name: string, version: string | undefined): string {
  const file = path.join(folder, name);
  const db = new Database(file);
  db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY)');
  if (version !== undefined) {
    db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    db.prepare('INSERT INTO meta VALUES (?, ?)').run('schema_version', version);
  }
  db.close();
  return file;
}

describe('openDatabase', () => {
  it('opens a database of the schema version this server reads, for reading only', () => {
    const db = openDatabase(databaseWithVersion('current.db', String(SCHEMA_VERSION)));
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 0 });
    expect(() => db.exec('DELETE FROM articles')).toThrow(/readonly|query_only/i);
    db.close();
  });

  it('refuses an older schema version, naming both versions and the command that rebuilds it', () => {
    const file = databaseWithVersion('older.db', String(SCHEMA_VERSION - 1));
    expect(() => openDatabase(file)).toThrow(
      `The database ${file} has schema version ${SCHEMA_VERSION - 1}; this server needs version ${SCHEMA_VERSION}. ` +
        'Run "npm run content:build" to rebuild it.',
    );
  });

  it('refuses a newer schema version', () => {
    const file = databaseWithVersion('newer.db', String(SCHEMA_VERSION + 1));
    expect(() => openDatabase(file)).toThrow(`has schema version ${SCHEMA_VERSION + 1}; this server needs version`);
  });

  it('refuses a database that records no schema version', () => {
    const file = databaseWithVersion('unversioned.db', undefined);
    expect(() => openDatabase(file)).toThrow(
      `The database ${file} has no schema version; this server needs version ${SCHEMA_VERSION}. ` +
        'Run "npm run content:build" to rebuild it.',
    );
  });

  it('refuses a file that is not a database', () => {
    const file = path.join(folder, 'notes.db');
    writeFileSync(file, 'not a database, just some text that is long enough to look like a header');
    expect(() => openDatabase(file)).toThrow(/cannot be read .*npm run content:build/);
  });

  it('tells to run the import when there is no file', () => {
    expect(() => openDatabase(path.join(folder, 'missing.db'))).toThrow('Run "npm run content:build" first.');
  });
});

describe('the server with a database of another version', () => {
  it('does not start, and says why in one line', { timeout: 30_000 }, async () => {
    const file = databaseWithVersion('server-older.db', String(SCHEMA_VERSION - 1));
    const { code, stderr } = await runToExit(path.join(import.meta.dirname, '..', 'main.ts'), {
      DATABASE_FILE: file,
      PORT: '0',
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `The database ${file} has schema version ${SCHEMA_VERSION - 1}; this server needs version ${SCHEMA_VERSION}. ` +
        'Run "npm run content:build" to rebuild it.\n',
    );
  });
});
