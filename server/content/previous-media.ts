import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/**
 * Media already in the database being replaced, so an import can reuse what
 * has not changed instead of rendering it again. Empty when there is none.
 */
export function openPreviousMedia(databaseFile: string) {
  let db: Database.Database | undefined;
  try {
    if (existsSync(databaseFile)) db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  } catch {
    db = undefined; // an unreadable old database is simply not reused
  }
  const select = db?.prepare<[string], { data: Buffer }>('SELECT data FROM media WHERE path = ?');
  return {
    get(path: string): Buffer | undefined {
      try {
        return select?.get(path)?.data;
      } catch {
        return undefined;
      }
    },
    close: (): void => void db?.close(),
  };
}
