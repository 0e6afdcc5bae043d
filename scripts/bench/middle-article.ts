import Database from 'better-sqlite3';
import type { Lang } from '../../src/shared/languages.ts';

/** The slug of a generated article of one language from the middle of the archive: neither newest nor oldest. */
export function middleArticle(file: string, lang: Lang): string {
  const db = new Database(file, { readonly: true });
  const { n } = db.prepare('SELECT count(*) AS n FROM articles WHERE lang = ?').get(lang) as { n: number };
  const row = db
    .prepare('SELECT slug FROM articles WHERE lang = ? ORDER BY id LIMIT 1 OFFSET ?')
    .get(lang, Math.floor(n / 2)) as { slug: string };
  db.close();
  return row.slug;
}
