import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { queryWords } from '../../mocks/search.ts';
import { highlight } from '../../src/shared/search-matching.ts';
import { indexableText } from '../../src/shared/search-text.ts';
import { typedExpression } from '../search/fts-expression.ts';
import { MATCH_END, MATCH_START, toHighlightedText } from '../test/fts-marks.ts';
import { SCHEMA_SQL } from './schema.ts';

// Chinese search on a real FTS5 table made by our schema, filled the way the import fills it.
const ARTICLES = [
  {
    title: '首届世界物联网大会在北京开幕',
    summary: '来自20多个国家的代表出席，围绕互联互通和数字经济确立了共同议程。',
    body: '开幕式上，发言嘉宾将物联网描述为互联网发展的下一阶段。',
  },
  {
    title: '电网传感器与智能电表助力城市平衡用电需求',
    summary: '在大会首次举办的能源分论坛上，电力企业分享了智能电表的经验。',
    body: '案例涵盖中国多座城市。',
  },
  {
    title: '5G工业互联网展区亮相',
    summary: '展区集中展示工业互联网平台。',
    body: '企业介绍了５Ｇ专网如何连接生产线。',
  },
  {
    title: 'Smart grids in Malmö',
    summary: 'Energy sensors balance demand across the city.',
    body: 'A 5G link carries the readings to Beijing.',
  },
];

const db = new Database(':memory:');
db.exec(SCHEMA_SQL);
const insert = db.prepare('INSERT INTO articles_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)');
ARTICLES.forEach(({ title, summary, body }, index) =>
  insert.run(index + 1, indexableText(title), indexableText(summary), indexableText(body)),
);
afterAll(() => db.close());

const select = db.prepare<[string], { id: number; title: string; summary: string; body: string }>(`
  SELECT rowid AS id,
    highlight(articles_fts, 0, '${MATCH_START}', '${MATCH_END}') AS title,
    highlight(articles_fts, 1, '${MATCH_START}', '${MATCH_END}') AS summary,
    highlight(articles_fts, 2, '${MATCH_START}', '${MATCH_END}') AS body
  FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid`);

function search(query: string) {
  const match = typedExpression(query);
  if (!match) throw new Error(`nothing to search in ${query}`);
  return select.all(match).map((row) => ({
    id: row.id,
    title: toHighlightedText(row.title),
    summary: toHighlightedText(row.summary),
    body: toHighlightedText(row.body),
  }));
}

/** The highlighted words of each found article, read through the ranges. */
const marked = (query: string) =>
  search(query).map(({ id, title, summary, body }) => [
    id,
    [title, summary, body].flatMap(({ text, ranges }) => ranges.map(([start, end]) => text.slice(start, end))),
  ]);

describe('Chinese search on FTS5', () => {
  it('finds one- and two-word Chinese queries and marks whole words', () => {
    expect(marked('北京')).toEqual([[1, ['北京']]]);
    expect(marked('能源')).toEqual([[2, ['能源']]]);
    expect(marked('开幕')).toEqual([[1, ['开幕', '开幕']]]);
    expect(marked('物联网')).toEqual([[1, ['物联网', '物联网']]]);
  });

  it('finds mixed and full-width queries, and text written without spaces', () => {
    // Marks cover whole tokens: in the title 互联网展区 is one (ICU left each character single).
    // The body's ５Ｇ is found too; the index stores it folded, so highlights read it as 5G.
    expect(marked('5G 工业互联网')).toEqual([[3, ['5G', '工业互联网展区', '工业互联网', '5G']]]);
    expect(marked('工业互联网')).toEqual([[3, ['工业互联网展区', '工业互联网']]]);
    expect(marked('５Ｇ').map(([id]) => id)).toEqual([3, 4]);
    expect(marked('５Ｇ专网')).toEqual([[3, ['5G专网']]]);
  });

  it('gives the article text back without separators, with ranges on it', () => {
    const [found] = search('北京');
    expect(found.title).toEqual({ text: ARTICLES[0].title, ranges: [[10, 12]] });
    expect(found.body).toEqual({ text: ARTICLES[0].body, ranges: [] });
  });

  it('keeps English as it was', () => {
    expect(marked('energy')).toEqual([[4, ['Energy']]]);
    expect(marked('MALMO')).toEqual([[4, ['Malmö']]]);
    expect(marked('sens')).toEqual([[4, ['sensors']]]);
    expect(marked('"grids" OR NEAR(')).toEqual([]);
  });

  it('marks the same ranges as the mock search', () => {
    for (const query of ['北京', '能源', '开幕', '物联网', '5G 工业互联网', '５Ｇ', 'energy', 'malmo']) {
      for (const found of search(query)) {
        const { title, summary } = ARTICLES[found.id - 1];
        expect(highlight(title, queryWords(query)), query).toEqual(found.title);
        expect(highlight(summary, queryWords(query)), query).toEqual(found.summary);
      }
    }
  });
});
