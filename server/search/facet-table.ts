import type Database from 'better-sqlite3';

/**
 * Each article's forum, topics, year and date in typed arrays indexed by id,
 * read once when the database opens. A search tallies its matches' forums,
 * topics and years from these in memory: asking the database per match costs
 * a B-tree lookup each, which made counting a common word's matches take most
 * of a second at 100,000 articles.
 */
export type FacetTable = {
  /** The highest article id; every array below has this many + 1 entries. */
  maxId: number;
  forums: string[];
  topics: string[];
  /** Index into forums; 0xffff where no article has the id. */
  forumOf: Uint16Array;
  yearOf: Uint16Array;
  publishedMs: Float64Array;
  /** The article's topics are topicIds[topicStart[id] .. topicStart[id + 1]). */
  topicStart: Uint32Array;
  topicIds: Uint16Array;
};

const NONE = 0xffff;

export function loadFacetTable(db: Database.Database): FacetTable {
  const rows = db.prepare('SELECT id, forum_slug, year, published_ms FROM articles ORDER BY id').raw().all() as [
    number,
    string,
    number,
    number,
  ][];
  const links = db.prepare('SELECT article_id, topic_slug FROM article_topics ORDER BY article_id').raw().all() as [
    number,
    string,
  ][];
  const maxId = rows.at(-1)?.[0] ?? 0;
  const forums: string[] = [];
  const topics: string[] = [];
  const indexIn = (names: string[], lookup: Map<string, number>) => (name: string) => {
    let index = lookup.get(name);
    if (index === undefined) lookup.set(name, (index = names.push(name) - 1));
    return index;
  };
  const forumIndex = indexIn(forums, new Map());
  const topicIndex = indexIn(topics, new Map());

  const forumOf = new Uint16Array(maxId + 1).fill(NONE);
  const yearOf = new Uint16Array(maxId + 1);
  const publishedMs = new Float64Array(maxId + 1);
  for (const [id, forum, year, published] of rows) {
    forumOf[id] = forumIndex(forum);
    yearOf[id] = year;
    publishedMs[id] = published;
  }
  const topicStart = new Uint32Array(maxId + 2);
  const topicIds = new Uint16Array(links.length);
  let next = 0;
  for (let id = 0, link = 0; id <= maxId; id++) {
    topicStart[id] = next;
    for (; link < links.length && links[link][0] === id; link++) topicIds[next++] = topicIndex(links[link][1]);
  }
  topicStart[maxId + 1] = next;
  return { maxId, forums, topics, forumOf, yearOf, publishedMs, topicStart, topicIds };
}

/** The filters of a list, as indexes into the table; -1 where a filter names nothing in it. */
export type FacetFilter = { forum?: number; topic?: number; year?: number };

export function facetFilter(
  table: FacetTable,
  { forum, topic, year }: { forum?: string; topic?: string; year?: number },
): FacetFilter {
  return {
    forum: forum === undefined ? undefined : table.forums.indexOf(forum),
    topic: topic === undefined ? undefined : table.topics.indexOf(topic),
    year,
  };
}

export function passesFilter(table: FacetTable, id: number, filter: FacetFilter): boolean {
  if (table.forumOf[id] === NONE) return false;
  if (filter.forum !== undefined && table.forumOf[id] !== filter.forum) return false;
  if (filter.year !== undefined && table.yearOf[id] !== filter.year) return false;
  if (filter.topic !== undefined) {
    for (let at = table.topicStart[id]; at < table.topicStart[id + 1]; at++) {
      if (table.topicIds[at] === filter.topic) return true;
    }
    return false;
  }
  return true;
}

/**
 * The ids of one language's articles from one year. Within a language, ids
 * are in publication order (see write-database.ts), so a year is a run of
 * them: a search within a year reads only that run.
 */
export function yearIdRange(table: FacetTable, range: { first: number; last: number }, year: number) {
  const firstAtLeast = (wanted: number) => {
    let low = range.first;
    let high = range.last + 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (table.yearOf[middle] < wanted) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return { first: firstAtLeast(year), last: firstAtLeast(year + 1) - 1 };
}
