import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/** Opens the imported database for reading; the server never writes to it. */
export function openDatabase(databaseFile: string): Database.Database {
  if (!existsSync(databaseFile)) {
    throw new Error(`No database at ${databaseFile}. Run "npm run content:build" first.`);
  }
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  db.pragma('query_only = ON');
  return db;
}
