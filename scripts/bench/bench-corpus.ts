import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../../server/db/schema.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });

/** The schema version a database file was imported with, or undefined when it has none or cannot be read. */
function importedSchemaVersion(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const db = new Database(file, { readonly: true });
    const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as
      { value: string } | undefined;
    db.close();
    return row?.value;
  } catch {
    return undefined;
  }
}

/**
 * The benchmark's corpus: COUNT synthetic articles, half of them Chinese,
 * generated once and imported on every run. With `reuse`, a database that
 * this version of the server can read is kept instead, and no import time is
 * known.
 */
export function prepareCorpus(count: number, { reuse = false } = {}) {
  const dataDir = path.join(root, 'data', `bench-${count}-bilingual`);
  const contentDir = path.join(dataDir, 'content');
  const databaseFile = path.join(dataDir, 'news.db');

  if (!existsSync(path.join(contentDir, 'forums.yaml'))) {
    mkdirSync(dataDir, { recursive: true });
    const generated = tsx('scripts/generate-content.ts', [
      '--count',
      String(count),
      '--out',
      contentDir,
      '--zh-share',
      '0.5',
    ]);
    if (generated.status !== 0) process.exit(1);
  }

  if (reuse) {
    const found = importedSchemaVersion(databaseFile);
    if (found === String(SCHEMA_VERSION)) {
      console.log(`Reusing ${databaseFile} (--skip-import).`);
      return { databaseFile, importSeconds: undefined };
    }
    console.log(`${databaseFile} has schema ${found ?? 'none'}, the server needs ${SCHEMA_VERSION}: importing anyway.`);
  }

  console.log(`Importing ${count} articles…`);
  const started = performance.now();
  const imported = tsx('server/content/build-cli.ts', ['--skip-cards'], {
    CONTENT_DIR: contentDir,
    DATABASE_FILE: databaseFile,
  });
  if (imported.status !== 0) process.exit(1);
  return { databaseFile, importSeconds: (performance.now() - started) / 1000 };
}
