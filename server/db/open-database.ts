import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { SCHEMA_VERSION } from './schema.ts';

const REBUILD = 'Run "npm run content:build" to rebuild it.';

/** The version the import wrote into the file, or undefined for a file without one. */
function schemaVersionOf(db: Database.Database): string | undefined {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return undefined;
  return db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schema_version'").get()?.value;
}

/**
 * Opens the imported database for reading; the server never writes to it.
 * A file written by another version of the import is refused rather than
 * half-read: its queries would fail only when a reader reaches them.
 */
export function openDatabase(databaseFile: string): Database.Database {
  if (!existsSync(databaseFile)) {
    throw new Error(`No database at ${databaseFile}. Run "npm run content:build" first.`);
  }
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    let found: string | undefined;
    try {
      found = schemaVersionOf(db);
    } catch (error) {
      throw new Error(`The database ${databaseFile} cannot be read (${(error as Error).message}). ${REBUILD}`);
    }
    if (found !== String(SCHEMA_VERSION)) {
      const what = found === undefined ? 'has no schema version' : `has schema version ${found}`;
      throw new Error(`The database ${databaseFile} ${what}; this server needs version ${SCHEMA_VERSION}. ${REBUILD}`);
    }
    db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
