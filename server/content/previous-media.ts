import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { ImageManifest, ProcessedImage } from './processed-image.ts';

/** A statement of the old database, or undefined where it has no such table (an older schema). */
function prepareIfPossible<Row>(db: Database.Database | undefined, sql: string) {
  try {
    return db?.prepare<[string], Row>(sql);
  } catch {
    return undefined;
  }
}

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
  const select = prepareIfPossible<{ data: Buffer }>(db, 'SELECT data FROM media WHERE path = ?');
  const selectManifest = prepareIfPossible<{ manifest: string }>(
    db,
    'SELECT manifest FROM processed_images WHERE key = ?',
  );
  const get = (path: string): Buffer | undefined => {
    try {
      return select?.get(path)?.data;
    } catch {
      return undefined;
    }
  };
  return {
    get,
    /** What an earlier import made of the image with this key (see image-encoding.ts), with every file, if it has all of them. */
    processedImage(key: string): ProcessedImage | undefined {
      try {
        const row = selectManifest?.get(key);
        if (!row) return undefined;
        const manifest = JSON.parse(row.manifest) as ImageManifest;
        const files = manifest.files.map((file) => ({ ...file, data: get(file.path) }));
        if (!files.every((file): file is ProcessedImage['files'][number] => file.data !== undefined)) return undefined;
        return { ...manifest, files };
      } catch {
        return undefined;
      }
    },
    close: (): void => void db?.close(),
  };
}

export type PreviousMedia = ReturnType<typeof openPreviousMedia>;
