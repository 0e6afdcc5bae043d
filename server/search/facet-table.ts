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
  /** The years articles are from, and each article's as an index into them. */
  years: number[];
  yearIndexOf: Uint16Array;
  /**
   * Counts per slot (each forum, then each topic, then each year, see
   * slotsOf) of all articles below each multiple of BLOCK ids: how many of a
   * range's articles each slot holds costs a subtraction and two short loops,
   * not a loop over the range. Estimates of a common word's counts need it.
   */
  countsBelowBlock: Uint32Array;
};

const BLOCK = 64;

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
  const years = [...new Set(yearOf.subarray(1))].sort((a, b) => a - b);
  const yearIndexOf = yearOf.map((year) => Math.max(0, years.indexOf(year)));
  const table: FacetTable = {
    ...{ maxId, forums, topics, forumOf, yearOf, publishedMs, topicStart, topicIds, years, yearIndexOf },
    countsBelowBlock: new Uint32Array(0),
  };
  table.countsBelowBlock = countBlocks(table);
  return table;
}

/** How many slots a table has: one per forum, per topic and per year. */
export const slotCount = (table: FacetTable) => table.forums.length + table.topics.length + table.years.length;

/** Calls `count` with each slot an article counts in: its forum, its topics, its year. */
export function slotsOf(table: FacetTable, id: number, count: (slot: number) => void) {
  if (table.forumOf[id] === NONE) return;
  count(table.forumOf[id]);
  const topicBase = table.forums.length;
  for (let at = table.topicStart[id]; at < table.topicStart[id + 1]; at++) count(topicBase + table.topicIds[at]);
  count(topicBase + table.topics.length + table.yearIndexOf[id]);
}

function countBlocks(table: FacetTable): Uint32Array {
  const width = slotCount(table);
  const blocks = Math.ceil((table.maxId + 1) / BLOCK);
  const below = new Uint32Array((blocks + 1) * width);
  const running = new Uint32Array(width);
  for (let block = 0; block < blocks; block++) {
    below.set(running, block * width);
    const end = Math.min(table.maxId + 1, (block + 1) * BLOCK);
    for (let id = block * BLOCK; id < end; id++) slotsOf(table, id, (slot) => running[slot]++);
  }
  below.set(running, blocks * width);
  return below;
}

/** Adds `weight` times each slot's count of the articles with ids in [from, to) to `into`. */
export function addRangeCounts(table: FacetTable, from: number, to: number, weight: number, into: Float64Array) {
  if (to <= from) return;
  const width = into.length;
  const firstWholeBlock = Math.ceil(from / BLOCK);
  const lastWholeBlock = Math.floor(to / BLOCK);
  if (firstWholeBlock >= lastWholeBlock) {
    for (let id = from; id < to; id++) slotsOf(table, id, (slot) => (into[slot] += weight));
    return;
  }
  const below = table.countsBelowBlock;
  for (let slot = 0; slot < width; slot++) {
    into[slot] += weight * (below[lastWholeBlock * width + slot] - below[firstWholeBlock * width + slot]);
  }
  for (let id = from; id < firstWholeBlock * BLOCK; id++) slotsOf(table, id, (slot) => (into[slot] += weight));
  for (let id = lastWholeBlock * BLOCK; id < to; id++) slotsOf(table, id, (slot) => (into[slot] += weight));
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
