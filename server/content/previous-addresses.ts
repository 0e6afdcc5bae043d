import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { Lang } from '../../src/shared/languages.ts';

/** An address the site answered before this import, and the article it led to. */
export type PreviousAddress = { lang: Lang; slug: string; sourceFile: string; publishedAt: string };

const QUERIES = [
  'SELECT lang, slug, source_file AS sourceFile, published_at AS publishedAt FROM articles',
  // Older databases have no redirects: that query fails alone.
  `SELECT r.lang, r.old_slug AS slug, a.source_file AS sourceFile, a.published_at AS publishedAt
   FROM article_redirects r JOIN articles a ON a.lang = r.lang AND a.slug = r.slug`,
];

/**
 * Every article address in the database being replaced, old slugs included,
 * so the import can tell which of them would stop working. Empty when there
 * is no readable database.
 */
export function readPreviousAddresses(databaseFile: string): PreviousAddress[] {
  if (!existsSync(databaseFile)) return [];
  let db: Database.Database | undefined;
  try {
    db = new Database(databaseFile, { readonly: true, fileMustExist: true });
    const open = db;
    return QUERIES.flatMap((sql) => {
      try {
        return open.prepare<[], PreviousAddress>(sql).all();
      } catch {
        return [];
      }
    });
  } catch {
    return []; // an unreadable old database has nothing to compare with
  } finally {
    db?.close();
  }
}
