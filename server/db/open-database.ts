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

/** What is wrong with the file's schema version ("has schema version 7; this server needs version 10"), if anything. */
export function schemaMismatch(db: Database.Database): string | undefined {
  const found = schemaVersionOf(db);
  if (found === String(SCHEMA_VERSION)) return undefined;
  const what = found === undefined ? 'has no schema version' : `has schema version ${found}`;
  return `${what}; this server needs version ${SCHEMA_VERSION}`;
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
    let mismatch: string | undefined;
    try {
      mismatch = schemaMismatch(db);
    } catch (error) {
      throw new Error(`The database ${databaseFile} cannot be read (${(error as Error).message}). ${REBUILD}`);
    }
    if (mismatch) throw new Error(`The database ${databaseFile} ${mismatch}. ${REBUILD}`);
    db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
