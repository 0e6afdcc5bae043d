import type Database from 'better-sqlite3';
import { existsSync, statSync, unwatchFile, watchFile } from 'node:fs';
import { type RepositoryOptions, createArticleRepository } from './article-repository.ts';
import { checkDatabaseFile } from './check-database-file.ts';
import { openDatabase } from './open-database.ts';

// Requests that started on the old database may still be rendering a page;
// it is closed only after they have surely finished.
const CLOSE_OLD_AFTER_MS = 30_000;

function fileIdentity(file: string): string {
  const { ino, mtimeMs, size } = statSync(file);
  return `${ino}:${mtimeMs}:${size}`;
}

type ReloadLog = { info: (message: string) => void; error: (error: unknown, message: string) => void };
const consoleLog: ReloadLog = { info: console.log, error: (error, message) => console.error(message, error) };

/** What the health check reports about the file: whether it is there, and a new one that was refused. */
export type DatabaseFileStatus = { missing: boolean; refused?: string };

/**
 * The database the server reads, swapped for the new one when an import
 * renames a new file into place (noticed by polling, or at once on reload()).
 * A new file is read in full on a worker thread first (quick_check and the
 * schema version) and is opened only if whole: a bad file leaves the server
 * serving the previous one, with a log line, and nothing left open. Requests
 * never fail during the swap: each asks for the current repository and
 * finishes on the one it got.
 */
export function createLiveRepository(
  databaseFile: string,
  { pollMs = 1000, log = consoleLog, ...options }: { pollMs?: number; log?: ReloadLog } & RepositoryOptions = {},
) {
  let db: Database.Database = openDatabase(databaseFile);
  let repository = createArticleRepository(db, options);
  let identity = fileIdentity(databaseFile);
  // The file last refused, so that it is checked once, not at every poll.
  let refused: { identity: string; reason: string } | undefined;
  let reloading: Promise<boolean> | undefined;
  const retiring = new Set<ReturnType<typeof setTimeout>>();

  function swapTo(next: Database.Database, nextIdentity: string) {
    let nextRepository;
    try {
      nextRepository = createArticleRepository(next, options);
    } catch (error) {
      next.close();
      throw error;
    }
    const previous = db;
    db = next;
    repository = nextRepository;
    identity = nextIdentity;
    refused = undefined;
    const timer = setTimeout(() => {
      previous.close();
      retiring.delete(timer);
    }, CLOSE_OLD_AFTER_MS);
    timer.unref();
    retiring.add(timer);
  }

  async function reloadOnce(): Promise<boolean> {
    let next: string;
    try {
      next = fileIdentity(databaseFile);
    } catch {
      return false; // no file at the moment: keep serving the open one
    }
    if (next === identity || next === refused?.identity) return false;
    const problem = await checkDatabaseFile(databaseFile);
    // Replaced again while it was read: look at the newer one instead.
    if (fileIdentity(databaseFile) !== next) return reloadOnce();
    if (problem) {
      refused = { identity: next, reason: `the database file ${databaseFile} was not opened: ${problem}` };
      throw new Error(refused.reason);
    }
    swapTo(openDatabase(databaseFile), next);
    return true;
  }

  /** Looks for a new file now; true when one was opened. Rejects, saying why, when it is unusable. */
  function reload(): Promise<boolean> {
    reloading ??= reloadOnce().finally(() => (reloading = undefined));
    return reloading;
  }

  const onChange = () => {
    reload().then(
      (reopened) => reopened && log.info(`Reopened ${databaseFile} after a new import.`),
      (error: unknown) => log.error(error, 'The new database could not be opened; still serving the previous one.'),
    );
  };
  if (pollMs > 0) watchFile(databaseFile, { interval: pollMs }, onChange);

  return {
    current: () => repository,
    reload,
    /** The file on disk: gone, or a new one refused while the previous one is served. */
    fileStatus: (): DatabaseFileStatus => ({ missing: !existsSync(databaseFile), refused: refused?.reason }),
    close() {
      unwatchFile(databaseFile, onChange);
      for (const timer of retiring) clearTimeout(timer);
      db.close();
    },
  };
}

export type LiveRepository = ReturnType<typeof createLiveRepository>;
