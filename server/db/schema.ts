// The database is rebuilt from content/ on every import and only read by the
// server, so the schema is created fresh each time rather than migrated.
// The import stores this number in meta.schema_version and the server refuses
// a file with another: raise it with any change to a table or to what a column holds.
export const SCHEMA_VERSION = 3;

// Forums and topics are the two taxonomies: one shape, which the taxonomy
// queries rely on when they treat either kind alike.
const taxonomyTable = (name: 'forums' | 'topics') => `
CREATE TABLE ${name} (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  position INTEGER NOT NULL
) WITHOUT ROWID;
`;

export const SCHEMA_SQL = `${taxonomyTable('forums')}${taxonomyTable('topics')}

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  published_at TEXT NOT NULL,
  published_ms INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  author TEXT NOT NULL,
  forum_slug TEXT NOT NULL REFERENCES forums(slug),
  reading_minutes INTEGER NOT NULL,
  body_html TEXT NOT NULL,
  cover_src TEXT NOT NULL,
  cover_alt TEXT NOT NULL,
  cover_width INTEGER NOT NULL,
  cover_height INTEGER NOT NULL,
  cover_sources TEXT, -- JSON: modern formats of a photo cover, for <picture>
  card_src TEXT NOT NULL,
  source_file TEXT NOT NULL
);
CREATE INDEX articles_by_date ON articles(published_ms DESC, id DESC);
CREATE INDEX articles_by_forum_date ON articles(forum_slug, published_ms DESC, id DESC);

CREATE TABLE article_topics (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  topic_slug TEXT NOT NULL REFERENCES topics(slug),
  position INTEGER NOT NULL,
  published_ms INTEGER NOT NULL,
  forum_slug TEXT NOT NULL,
  PRIMARY KEY (article_id, topic_slug)
) WITHOUT ROWID;
-- Copies the article's date and forum so a topic page, narrowed by forum or
-- not, is read in date order from an index alone.
CREATE INDEX article_topics_by_topic_date ON article_topics(topic_slug, published_ms DESC, article_id DESC);
CREATE INDEX article_topics_by_topic_forum_date
  ON article_topics(topic_slug, forum_slug, published_ms DESC, article_id DESC);

-- How many articles each forum, topic and forum with topic has ('' = any),
-- counted once at import instead of on every list request.
CREATE TABLE article_counts (
  forum_slug TEXT NOT NULL,
  topic_slug TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (forum_slug, topic_slug)
) WITHOUT ROWID;

-- Title, summary and body text, weighted in that order by bm25. unicode61 folds
-- case and diacritics; CJK text will get a trigram index beside this one.
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, summary, body,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

CREATE TABLE media (
  path TEXT PRIMARY KEY,
  mime TEXT NOT NULL,
  data BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

export const COUNTS_SQL = `
INSERT INTO article_counts SELECT '', '', count(*) FROM articles;
INSERT INTO article_counts SELECT forum_slug, '', count(*) FROM articles GROUP BY forum_slug;
INSERT INTO article_counts SELECT '', topic_slug, count(*) FROM article_topics GROUP BY topic_slug;
INSERT INTO article_counts SELECT forum_slug, topic_slug, count(*) FROM article_topics GROUP BY forum_slug, topic_slug;
`;
