import type Database from 'better-sqlite3';
import { statSync, unwatchFile, watchFile } from 'node:fs';
import { type RepositoryOptions, createArticleRepository } from './article-repository.ts';
import { openDatabase } from './open-database.ts';

// Requests that started on the old database may still be rendering a page;
// it is closed only after they have surely finished.
const CLOSE_OLD_AFTER_MS = 30_000;

function fileIdentity(file: string): string {
  const { ino, mtimeMs, size } = statSync(file);
  return `${ino}:${mtimeMs}:${size}`;
}

/**
 * The database the server reads, swapped for the new one when an import
 * renames a new file into place (noticed by polling, or at once on reload()).
 * Requests never fail during the swap: each asks for the current repository
 * and finishes on the one it got.
 */
type ReloadLog = { info: (message: string) => void; error: (error: unknown, message: string) => void };
const consoleLog: ReloadLog = { info: console.log, error: (error, message) => console.error(message, error) };

export function createLiveRepository(
  databaseFile: string,
  { pollMs = 1000, log = consoleLog, ...options }: { pollMs?: number; log?: ReloadLog } & RepositoryOptions = {},
) {
  let db: Database.Database = openDatabase(databaseFile);
  let repository = createArticleRepository(db, options);
  let identity = fileIdentity(databaseFile);
  const retiring = new Set<ReturnType<typeof setTimeout>>();

  function reload(): boolean {
    let next: string;
    try {
      next = fileIdentity(databaseFile);
    } catch {
      return false; // no file at the moment: keep serving the open one
    }
    if (next === identity) return false;
    const previous = db;
    db = openDatabase(databaseFile);
    repository = createArticleRepository(db, options);
    identity = next;
    const timer = setTimeout(() => {
      previous.close();
      retiring.delete(timer);
    }, CLOSE_OLD_AFTER_MS);
    timer.unref();
    retiring.add(timer);
    return true;
  }

  const onChange = () => {
    try {
      if (reload()) log.info(`Reopened ${databaseFile} after a new import.`);
    } catch (error) {
      log.error(error, 'The new database could not be opened; still serving the previous one.');
    }
  };
  if (pollMs > 0) watchFile(databaseFile, { interval: pollMs }, onChange);

  return {
    current: () => repository,
    reload,
    close() {
      unwatchFile(databaseFile, onChange);
      for (const timer of retiring) clearTimeout(timer);
      db.close();
    },
  };
}
