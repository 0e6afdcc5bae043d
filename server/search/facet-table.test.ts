import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_SQL } from '../db/schema.ts';
import { addRangeCounts, loadFacetTable, slotCount, slotsOf } from './facet-table.ts';

// 300 articles, forums, topics and years in a pattern, so every block boundary of the counts is crossed.
function tableOf300() {
  const db = new Database(':memory:');
  db.exec(SCHEMA_SQL);
  const insert = db.prepare(`INSERT INTO articles (id, lang, slug, translation_group, title, summary, published_at,
    published_ms, year, updated_at, author, forum_slug, reading_minutes, body_html, cover_src, cover_alt, cover_width,
    cover_height, card_src, source_file) VALUES (?, 'en', ?, ?, '', '', '', ?, ?, '', '', ?, 1, '', '', '', 1, 1, '', '')`);
  const topic = db.prepare("INSERT INTO article_topics VALUES (?, ?, 0, 'en', 0, '', 0)");
  for (let id = 1; id <= 300; id++) {
    insert.run(id, `a${id}`, `en/a${id}`, id, 2016 + Math.floor(id / 40), `forum-${id % 3}`);
    if (id % 2 === 0) topic.run(id, 'even');
    if (id % 5 === 0) topic.run(id, 'fifth');
  }
  return loadFacetTable(db);
}

describe('counts of a range of ids', () => {
  it('equal counting each article in it, for any range', () => {
    const table = tableOf300();
    const slow = (from: number, to: number) => {
      const counts = new Float64Array(slotCount(table));
      for (let id = from; id < to; id++) slotsOf(table, id, (slot) => (counts[slot] += 0.5));
      return counts;
    };
    for (const [from, to] of [
      [1, 301],
      [1, 64],
      [63, 129],
      [64, 128],
      [100, 101],
      [5, 290],
      [200, 200],
    ]) {
      const fast = new Float64Array(slotCount(table));
      addRangeCounts(table, from, to, 0.5, fast);
      expect([...fast], `${from}..${to}`).toEqual([...slow(from, to)]);
    }
    expect(table.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
  });
});
