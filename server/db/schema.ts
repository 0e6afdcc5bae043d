// The database is rebuilt from content/ on every import and only read by the
// server, so the schema is created fresh each time rather than migrated.
// The import stores this number in meta.schema_version and the server refuses
// a file with another: raise it with any change to a table or to what a column holds.
export const SCHEMA_VERSION = 11;

// Forums and topics are the two taxonomies: one shape, which the taxonomy
// queries rely on when they treat either kind alike. One row per language, so
// a join names an entry in the language asked for.
const taxonomyTable = (name: 'forums' | 'topics') => `
CREATE TABLE ${name} (
  slug TEXT NOT NULL,
  lang TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (slug, lang)
) WITHOUT ROWID;
`;

export const SCHEMA_SQL = `${taxonomyTable('forums')}${taxonomyTable('topics')}

-- Each language's articles have consecutive ids, in publication order (see
-- write-database.ts), so a search within one language is a rowid range of the
-- full-text index, and the index's own row order is date order.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  lang TEXT NOT NULL,
  slug TEXT NOT NULL,
  -- The original's "lang/slug": an article and its translations share it.
  translation_group TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  published_at TEXT NOT NULL,
  -- When readers may see the article: its publication time, which may be in
  -- the future (scheduled), or NEVER_MS for a draft. Every read keeps to
  -- published_ms <= now (see publication-schedule.ts).
  published_ms INTEGER NOT NULL,
  -- The convention year: the year of publication in Beijing time (beijingYear()).
  -- Lists of one year read a published_ms range of the date indexes instead.
  year INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  correction TEXT, -- the editors' note on what an earlier version got wrong, if any
  author TEXT NOT NULL,
  forum_slug TEXT NOT NULL, -- a forum of every language; the import checks it exists
  reading_minutes INTEGER NOT NULL,
  body_html TEXT NOT NULL,
  cover_src TEXT NOT NULL,
  cover_alt TEXT NOT NULL,
  cover_width INTEGER NOT NULL,
  cover_height INTEGER NOT NULL,
  cover_srcset TEXT, -- other widths of cover_src's file (a generated cover), for <img srcset>
  cover_sources TEXT, -- JSON: modern formats of a photo cover, for <picture>
  cover_caption TEXT, -- plain text under an editor's cover, if any
  cover_credit TEXT, -- plain text: whose photo it is, if said
  card_src TEXT NOT NULL,
  source_file TEXT NOT NULL,
  -- The unguessable key of the preview URL of an article readers cannot see
  -- yet (draft or scheduled); NULL once it was public at import.
  preview_key TEXT UNIQUE,
  UNIQUE (lang, slug)
);
-- Lists are read within one language, in date order, from these indexes.
CREATE INDEX articles_by_date ON articles(lang, published_ms DESC, id DESC);
CREATE INDEX articles_by_forum_date ON articles(lang, forum_slug, published_ms DESC, id DESC);
CREATE INDEX articles_by_translation_group ON articles(translation_group);

CREATE TABLE article_topics (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  topic_slug TEXT NOT NULL,
  position INTEGER NOT NULL,
  lang TEXT NOT NULL,
  published_ms INTEGER NOT NULL,
  forum_slug TEXT NOT NULL,
  year INTEGER NOT NULL,
  PRIMARY KEY (article_id, topic_slug)
) WITHOUT ROWID;
-- Copies the article's language, date, forum and year so a topic page, narrowed by
-- forum or not, is read in date order from an index alone.
CREATE INDEX article_topics_by_topic_date
  ON article_topics(lang, topic_slug, published_ms DESC, article_id DESC);
CREATE INDEX article_topics_by_topic_forum_date
  ON article_topics(lang, topic_slug, forum_slug, published_ms DESC, article_id DESC);

-- How many articles each language, forum, topic and year has, and each
-- combination of them ('' or year 0 = any), counted once at import instead of
-- on every list request. Only articles public at import are counted (meta
-- counted_until_ms); the server adds the scheduled ones whose time has come.
CREATE TABLE article_counts (
  lang TEXT NOT NULL,
  forum_slug TEXT NOT NULL,
  topic_slug TEXT NOT NULL,
  year INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (lang, forum_slug, topic_slug, year)
) WITHOUT ROWID;

-- Title, summary and body text (as indexableText() gives them), and the names
-- of the article's forum and topics, so "smart city" finds what is filed under
-- Smart Cities. unicode61 folds case and diacritics. The other forms of a word
-- (cities for city) are found from the vocabulary, see server/search/.
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, summary, body, tags,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

-- Every word of the full-text index and how many articles hold it: the
-- vocabulary that searches expand word forms and correct spelling from.
-- visible_from_ms: 0, or for a word found only in articles held back at
-- import, the time the first of them is published (NEVER_MS for drafts).
CREATE TABLE search_words (
  term TEXT PRIMARY KEY,
  docs INTEGER NOT NULL,
  visible_from_ms INTEGER NOT NULL
) WITHOUT ROWID;

-- The first and last article id of each language, for searches within one.
CREATE TABLE language_ranges (
  lang TEXT PRIMARY KEY,
  first_id INTEGER NOT NULL,
  last_id INTEGER NOT NULL
) WITHOUT ROWID;

-- The old addresses of renamed articles (their formerSlugs), within a
-- language, and the slug each leads to now: its URLs answer 301 there. The
-- import makes sure that no old slug is an article's slug now.
CREATE TABLE article_redirects (
  lang TEXT NOT NULL,
  old_slug TEXT NOT NULL,
  slug TEXT NOT NULL,
  PRIMARY KEY (lang, old_slug)
) WITHOUT ROWID;

CREATE TABLE media (
  path TEXT PRIMARY KEY,
  mime TEXT NOT NULL,
  data BLOB NOT NULL
) WITHOUT ROWID;

-- What the import made of each editor's image, by a hash of the file and of
-- the encoding settings (image-encoding.ts): the next import reads the files
-- from media instead of encoding the image again.
CREATE TABLE processed_images (key TEXT PRIMARY KEY, manifest TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

// The counts per forum, topic and year of one language (lang) or of all of
// them (''): every combination of the three, each either grouped or "any".
const countsIn = (lang: string, untilMs: number) =>
  [false, true]
    .flatMap((byForum) =>
      [false, true].flatMap((byTopic) =>
        [false, true].map((byYear) => {
          const table = byTopic ? 'article_topics' : 'articles';
          const forum = byForum ? 'forum_slug' : "''";
          const topic = byTopic ? 'topic_slug' : "''";
          const year = byYear ? 'year' : '0';
          return `INSERT INTO article_counts SELECT ${lang}, ${forum}, ${topic}, ${year}, count(*) FROM ${table}
            WHERE published_ms <= ${untilMs} GROUP BY 1, 2, 3, 4;`;
        }),
      ),
    )
    .join('\n');

/** The publication time of a draft: never. The largest time a JavaScript Date can hold. */
export const NEVER_MS = 8_640_000_000_000_000;

/**
 * What the import works out once the articles are in: each language's id
 * range and the counts of the articles public at `untilMs` (the import's time).
 */
export const countsSql = (untilMs: number) => `
INSERT INTO language_ranges SELECT lang, min(id), max(id) FROM articles GROUP BY lang;
${countsIn('lang', Math.trunc(untilMs))}
${countsIn("''", Math.trunc(untilMs))}
`;
