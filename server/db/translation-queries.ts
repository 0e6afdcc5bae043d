import type Database from 'better-sqlite3';
import type { Translation } from '../../src/shared/contract.ts';
import { LANGS, type Lang } from '../../src/shared/languages.ts';
import type { Clock } from './publication-schedule.ts';

type Version = { lang: Lang; slug: string };
export type SitemapArticle = Version & { updatedAt: string; translations: Version[] };

const byLanguage = (a: { lang: Lang }, b: { lang: Lang }) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang);

/**
 * An article's versions in other languages, and every article with its
 * versions for the sitemap: those readers may see now.
 */
export function createTranslationQueries(db: Database.Database, now: Clock) {
  const selectGroup = db.prepare<[string, number, number], Translation>(
    'SELECT lang, slug, title FROM articles WHERE translation_group = ? AND id != ? AND published_ms <= ?',
  );
  // Read in index order (language, then newest first), so no sort over the archive.
  const selectAll = db.prepare<[number], Version & { group: string; updatedAt: string }>(`
    SELECT lang, slug, translation_group AS "group", updated_at AS updatedAt
    FROM articles WHERE published_ms <= ? ORDER BY lang, published_ms DESC, id DESC`);

  return {
    translationsOf: (id: number, group: string): Translation[] => selectGroup.all(group, id, now()).sort(byLanguage),

    sitemapArticles(): SitemapArticle[] {
      const rows = selectAll.all(now());
      const groups = new Map<string, Version[]>();
      for (const { lang, slug, group } of rows) {
        const versions = groups.get(group) ?? [];
        versions.push({ lang, slug });
        groups.set(group, versions);
      }
      return rows.map(({ lang, slug, group, updatedAt }) => ({
        lang,
        slug,
        updatedAt,
        translations: groups
          .get(group)!
          .filter((version) => version.lang !== lang)
          .sort(byLanguage),
      }));
    },
  };
}
