import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { LANGS } from '../../src/shared/languages.ts';
import { indexableText } from '../../src/shared/search-text.ts';
import { COUNTS_SQL, SCHEMA_SQL, SCHEMA_VERSION } from '../db/schema.ts';
import type { LoadedContent } from './load-content.ts';
import { SITE_CARD_PATH } from './social-card.ts';

/** The names of an article's forum and topics in its language, as one text for the index. */
function filingNames(content: LoadedContent) {
  const names = (entries: LoadedContent['forums']) =>
    new Map(entries.flatMap(({ slug, names: byLang }) => LANGS.map((lang) => [`${lang}/${slug}`, byLang[lang].name])));
  const forums = names(content.forums);
  const topics = names(content.topics);
  return (article: LoadedContent['articles'][number]) =>
    [forums.get(`${article.lang}/${article.forum}`), ...article.topics.map((topic) => topics.get(`${article.lang}/${topic}`))]
      .filter(Boolean)
      .join(' · ');
}

function fillDatabase(db: Database.Database, content: LoadedContent): void {
  db.exec(SCHEMA_SQL);
  const insertTaxonomy = (table: 'forums' | 'topics') =>
    db.prepare('INSERT INTO ' + table + ' VALUES (@slug, @lang, @name, @description, @position)');
  const insertForum = insertTaxonomy('forums');
  const insertTopic = insertTaxonomy('topics');
  const insertArticle = db.prepare(`
    INSERT INTO articles (lang, slug, translation_group, title, summary, published_at, published_ms, year, updated_at,
      author, forum_slug, reading_minutes, body_html, cover_src, cover_alt, cover_width, cover_height, cover_sources,
      card_src, source_file, correction)
    VALUES (@lang, @slug, @translationGroup, @title, @summary, @publishedAt, @publishedMs, @year, @updatedAt,
      @author, @forum, @readingMinutes, @bodyHtml, @coverSrc, @coverAlt, @coverWidth, @coverHeight, @coverSources,
      @cardSrc, @sourceFile, @correction)`);
  const insertArticleTopic = db.prepare('INSERT INTO article_topics VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertSearchText = db.prepare(
    'INSERT INTO articles_fts (rowid, title, summary, body, tags) VALUES (?, ?, ?, ?, ?)',
  );
  const filedUnder = filingNames(content);
  const insertMedia = db.prepare('INSERT OR IGNORE INTO media VALUES (?, ?, ?)');
  const insertRedirect = db.prepare('INSERT INTO article_redirects VALUES (@lang, @oldSlug, @slug)');

  db.transaction(() => {
    for (const [entries, insert] of [
      [content.forums, insertForum],
      [content.topics, insertTopic],
    ] as const) {
      for (const { slug, position, names } of entries) {
        for (const lang of LANGS) insert.run({ slug, position, lang, ...names[lang] });
      }
    }
    // One language after the other, each in publication order, so that id
    // order is date order within a language: a search can then keep to one
    // language by a rowid range and sort by the full-text index's own row
    // order instead of joining to sort.
    const byDate = [...content.articles].sort(
      (a, b) =>
        LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang) ||
        Date.parse(a.publishedAt) - Date.parse(b.publishedAt) ||
        a.slug.localeCompare(b.slug),
    );
    for (const article of byDate) {
      const publishedMs = Date.parse(article.publishedAt);
      const { lastInsertRowid: id } = insertArticle.run({
        ...article,
        publishedMs,
        coverSrc: article.cover.image.src,
        coverAlt: article.cover.image.alt,
        coverWidth: article.cover.image.width,
        coverHeight: article.cover.image.height,
        coverSources: article.cover.image.sources ? JSON.stringify(article.cover.image.sources) : null,
        // Without a card of its own (imports that skip them), previews show the site's card.
        cardSrc: article.card ? `/media/${article.card.path}` : SITE_CARD_PATH,
        correction: article.correction ?? null,
      });
      article.topics.forEach((topic, position) =>
        insertArticleTopic.run(id, topic, position, article.lang, publishedMs, article.forum, article.year),
      );
      insertSearchText.run(
        id,
        indexableText(article.title),
        indexableText(article.summary),
        indexableText(article.bodyText),
        indexableText(filedUnder(article)),
      );
      const { cover, card } = article;
      for (const media of [cover.store && cover.media, ...(cover.variants ?? []), card]) {
        if (media) insertMedia.run(media.path, media.mime, media.data);
      }
    }
    for (const redirect of content.redirects) insertRedirect.run(redirect);
    db.exec(COUNTS_SQL);
    db.prepare('INSERT INTO meta VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
    db.prepare('INSERT INTO meta VALUES (?, ?)').run('imported_at', new Date().toISOString());
  })();
  db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')");
  db.exec(`
    CREATE VIRTUAL TABLE temp.indexed_words USING fts5vocab(main, articles_fts, 'row');
    INSERT INTO search_words SELECT term, doc FROM temp.indexed_words;
    DROP TABLE temp.indexed_words;`);
  db.exec('ANALYZE');
}

/**
 * Writes the content into a new database beside the target file and renames it
 * over the target only once it is complete, so readers see the old database or
 * the new one, never a half-written one.
 */
export function writeDatabase(databaseFile: string, content: LoadedContent): void {
  mkdirSync(path.dirname(databaseFile), { recursive: true });
  const temporaryFile = `${databaseFile}.${process.pid}.importing`;
  rmSync(temporaryFile, { force: true });
  const db = new Database(temporaryFile);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    fillDatabase(db, content);
    db.close();
    renameSync(temporaryFile, databaseFile);
  } catch (error) {
    if (db.open) db.close();
    rmSync(temporaryFile, { force: true });
    throw error;
  }
}
