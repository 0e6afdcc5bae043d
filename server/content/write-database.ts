import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { LANGS } from '../../src/shared/languages.ts';
import { indexableText } from '../../src/shared/search-text.ts';
import { NEVER_MS, SCHEMA_SQL, SCHEMA_VERSION, countsSql } from '../db/schema.ts';
import { processedImagesOf } from './article-media.ts';
import type { LoadedContent } from './load-content.ts';
import { toManifest } from './processed-image.ts';
import { importingFile, removeLeftoverImports } from './leftover-imports.ts';
import { previewKey } from './preview-keys.ts';
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

/** When readers may see an article: its publication time, or never for a draft. */
export const visibleFromMs = (article: { draft: boolean; publishedAt: string }) =>
  article.draft ? NEVER_MS : Date.parse(article.publishedAt);

/** How the import writes: its own time, and the secret preview keys are made from. */
export type WriteOptions = { now: number; previewSecret: string };

function fillDatabase(db: Database.Database, content: LoadedContent, { now, previewSecret }: WriteOptions): void {
  db.exec(SCHEMA_SQL);
  const insertTaxonomy = (table: 'forums' | 'topics') =>
    db.prepare('INSERT INTO ' + table + ' VALUES (@slug, @lang, @name, @description, @position)');
  const insertForum = insertTaxonomy('forums');
  const insertTopic = insertTaxonomy('topics');
  const insertArticle = db.prepare(`
    INSERT INTO articles (lang, slug, translation_group, title, summary, published_at, published_ms, year, updated_at,
      author, forum_slug, reading_minutes, body_html, cover_src, cover_alt, cover_width, cover_height, cover_srcset, cover_sources,
      cover_caption, cover_credit, card_src, source_file, correction, preview_key)
    VALUES (@lang, @slug, @translationGroup, @title, @summary, @publishedAt, @publishedMs, @year, @updatedAt,
      @author, @forum, @readingMinutes, @bodyHtml, @coverSrc, @coverAlt, @coverWidth, @coverHeight, @coverSrcset, @coverSources,
      @coverCaption, @coverCredit, @cardSrc, @sourceFile, @correction, @previewKey)`);
  const insertArticleTopic = db.prepare('INSERT INTO article_topics VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertSearchText = db.prepare(
    'INSERT INTO articles_fts (rowid, title, summary, body, tags) VALUES (?, ?, ?, ?, ?)',
  );
  const filedUnder = filingNames(content);
  const insertMedia = db.prepare('INSERT OR IGNORE INTO media VALUES (?, ?, ?)');
  const insertProcessedImage = db.prepare('INSERT OR IGNORE INTO processed_images VALUES (?, ?)');
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
    // One language after the other, each in publication order (drafts last),
    // so that id order is date order within a language: a search can then keep
    // to one language by a rowid range and sort by the full-text index's own
    // row order instead of joining to sort, and the articles readers may see
    // at any moment are the ids up to one per language.
    const byDate = [...content.articles].sort(
      (a, b) =>
        LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang) ||
        visibleFromMs(a) - visibleFromMs(b) ||
        a.slug.localeCompare(b.slug),
    );
    for (const article of byDate) {
      const publishedMs = visibleFromMs(article);
      const { lastInsertRowid: id } = insertArticle.run({
        ...article,
        publishedMs,
        coverSrc: article.cover.image.src,
        coverAlt: article.cover.image.alt,
        coverWidth: article.cover.image.width,
        coverHeight: article.cover.image.height,
        coverSrcset: article.cover.image.srcset ?? null,
        coverSources: article.cover.image.sources ? JSON.stringify(article.cover.image.sources) : null,
        coverCaption: article.cover.image.caption ?? null,
        coverCredit: article.cover.image.credit ?? null,
        // Without a card of its own (imports that skip them), previews show the site's card.
        cardSrc: article.card ? `/media/${article.card.path}` : SITE_CARD_PATH,
        correction: article.correction ?? null,
        previewKey: publishedMs > now ? previewKey(previewSecret, article.lang, article.slug) : null,
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
      for (const image of processedImagesOf(article)) {
        insertProcessedImage.run(image.key, toManifest(image));
        for (const file of image.files) insertMedia.run(file.path, file.mime, file.data);
      }
      if (article.card) insertMedia.run(article.card.path, article.card.mime, article.card.data);
    }
    for (const redirect of content.redirects) insertRedirect.run(redirect);
    db.exec(countsSql(now));
    db.prepare('INSERT INTO meta VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
    db.prepare('INSERT INTO meta VALUES (?, ?)').run('imported_at', new Date(now).toISOString());
    db.prepare('INSERT INTO meta VALUES (?, ?)').run('counted_until_ms', String(now));
  })();
  db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')");
  // A word found only in articles held back (drafts, scheduled stories) joins
  // the vocabulary that corrections and word forms come from when the first of
  // them is published, so that a search never hints at an embargoed story's words.
  db.exec(`
    CREATE VIRTUAL TABLE temp.held_text USING fts5(title, summary, body, tags, tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO temp.held_text (rowid, title, summary, body, tags)
      SELECT rowid, title, summary, body, tags FROM articles_fts
      WHERE rowid IN (SELECT id FROM articles WHERE published_ms > ${Math.trunc(now)});
    CREATE VIRTUAL TABLE temp.held_words USING fts5vocab(temp, held_text, 'instance');
    CREATE VIRTUAL TABLE temp.indexed_words USING fts5vocab(main, articles_fts, 'row');
    INSERT INTO search_words
      SELECT w.term, w.doc, coalesce(held.first_ms, 0) FROM temp.indexed_words w
      LEFT JOIN (
        SELECT term, count(DISTINCT doc) AS docs, min(a.published_ms) AS first_ms
        FROM temp.held_words JOIN articles a ON a.id = doc GROUP BY term
      ) held ON held.term = w.term AND held.docs = w.doc;
    DROP TABLE temp.indexed_words;
    DROP TABLE temp.held_words;
    DROP TABLE temp.held_text;`);
  db.exec('ANALYZE');
}

/**
 * Writes the content into a new database beside the target file and renames it
 * over the target only once it is complete, so readers see the old database or
 * the new one, never a half-written one.
 */
export function writeDatabase(databaseFile: string, content: LoadedContent, options: WriteOptions): void {
  mkdirSync(path.dirname(databaseFile), { recursive: true });
  removeLeftoverImports(databaseFile);
  const temporaryFile = importingFile(databaseFile, process.pid);
  rmSync(temporaryFile, { force: true });
  const db = new Database(temporaryFile);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    fillDatabase(db, content, options);
    db.close();
    renameSync(temporaryFile, databaseFile);
  } catch (error) {
    if (db.open) db.close();
    rmSync(temporaryFile, { force: true });
    throw error;
  }
}
