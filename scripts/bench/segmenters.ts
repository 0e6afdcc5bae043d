import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import Database from 'better-sqlite3';
import { typedExpression } from '../../server/search/fts-expression.ts';
import { SCHEMA_SQL } from '../../server/db/schema.ts';
import {
  type WordSegmenter,
  foldWidth,
  icuJoinedWords,
  icuWords,
  indexableText,
  queryPhrases,
} from '../../src/shared/search-text.ts';
import { machineLine } from './machine.ts';
import { publishReport } from './report-section.ts';

// `npx tsx scripts/bench/segmenters.ts [--count 50000]`: Intl.Segmenter against
// @node-rs/jieba for Chinese search, on the shipped Chinese articles and on
// COUNT synthetic ones made of their sentences (beside as many English ones,
// in one index built like ours). Recall: for each query word, the articles
// whose text holds it as a substring are the truth; found is what the FTS
// query built by server/db/fts-query.ts finds. Writes docs/benchmarks.md.

const { values } = parseArgs({ options: { count: { type: 'string', default: '50000' } } });
const COUNT = Number(values.count);
const root = path.resolve(import.meta.dirname, '..', '..');

type Doc = { title: string; summary: string; body: string };

function readArticles(dir: string, suffix: string): Doc[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => {
      const [, front = '', body = ''] = readFileSync(path.join(dir, file), 'utf8').split(/^---$/m);
      const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(front)?.[1] ?? '';
      // Markdown markers are separators to the index; drop the obvious ones for the truth.
      return { title: field('title'), summary: field('summary'), body: body.replace(/^(#+|\d+\.|[-*>])\s+/gm, '') };
    });
}

const zhDir = [path.join(root, 'content', 'articles', 'zh'), '/work/zh-drafts/articles'].find(existsSync);
if (!zhDir) throw new Error('No Chinese articles found in content/articles/zh/');
const shippedZh = readArticles(zhDir, '.md');
const shippedEn = readArticles(path.join(root, 'content', 'articles'), '.md').filter(
  (doc) => !/\p{sc=Han}/u.test(doc.title),
);

/** A seeded generator, so every run measures the same corpus. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function synthesize(docs: Doc[], count: number, sentenceEnd: RegExp, seed: number): Doc[] {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const sentences = docs.flatMap((doc) => doc.body.split(sentenceEnd).map((s) => s.trim())).filter(Boolean);
  const titles = docs.map((doc) => doc.title);
  const summaries = docs.map((doc) => doc.summary);
  return Array.from({ length: count }, () => {
    const paragraphs = Array.from({ length: 3 + Math.floor(next() * 4) }, () =>
      Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(sentences)).join(''),
    );
    return { title: pick(titles), summary: pick(summaries), body: paragraphs.join('\n\n') };
  });
}

const jieba = Jieba.withDict(dict);
const SEGMENTERS: { name: string; segment: WordSegmenter }[] = [
  { name: 'Intl.Segmenter (ICU)', segment: icuWords },
  { name: 'Intl.Segmenter, single characters joined (chosen)', segment: icuJoinedWords },
  { name: '@node-rs/jieba 2.0.3', segment: (run) => jieba.cut(run, false) },
  { name: '@node-rs/jieba 2.0.3, HMM', segment: (run) => jieba.cut(run, true) },
];

// The words, and words a reader of these articles would type.
const WORDS = [
  ...['北京', '能源', '开幕', '物联网', '工业互联网', '5G', '开幕式', '闭幕', '大会', '标准', '传感器', '智能'],
  ...['数据', '安全', '农业', '城市', '电网', '合作', '论坛', '分论坛', '网络', '互联网', '联网', '设备'],
  ...['平台', '交通', '医疗', '制造', '供应链', '数字经济', '人工智能', '国际', '世界', '无锡', '电力', '网'],
];

/** Up to `count` distinct 2–4 character Chinese substrings of the texts: queries no dictionary chose. */
function randomSubstrings(docs: Doc[], count: number): string[] {
  const next = random(7);
  const runs = docs.flatMap((doc) => doc.body.match(/\p{sc=Han}{2,}/gu) ?? []);
  const found = new Set<string>();
  for (let tries = 0; found.size < count && tries < count * 20; tries++) {
    const run = runs[Math.floor(next() * runs.length)];
    const length = Math.min(run.length, 2 + Math.floor(next() * 3));
    const start = Math.floor(next() * (run.length - length + 1));
    found.add(run.slice(start, start + length));
  }
  return [...found];
}

type Index = { db: Database.Database; file: string; indexMs: number; buildMs: number; chars: number };

function buildIndex(docs: Doc[], segment: WordSegmenter, dir: string, name: string): Index {
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.db`);
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(SCHEMA_SQL);
  let indexMs = 0;
  let chars = 0;
  const insert = db.prepare('INSERT INTO articles_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)');
  const started = performance.now();
  db.transaction(() => {
    docs.forEach((doc, index) => {
      const before = performance.now();
      const fields = [doc.title, doc.summary, doc.body].map((text) => indexableText(text, segment));
      indexMs += performance.now() - before;
      chars += doc.title.length + doc.summary.length + doc.body.length;
      insert.run(index + 1, ...fields);
    });
  })();
  db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')");
  return { db, file, indexMs, buildMs: performance.now() - started, chars };
}

/** Micro-averaged recall over (word, article) pairs, with the CJK phrases exact or as prefixes. */
function recall(index: Index, docs: Doc[], words: string[], segment: WordSegmenter, prefixes: boolean) {
  const texts = docs.map((doc) => foldWidth(`${doc.title}\n${doc.summary}\n${doc.body}`).toLowerCase());
  const select = index.db.prepare<[string], { rowid: number }>(
    'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?',
  );
  let truth = 0;
  let hit = 0;
  for (const word of words) {
    const phrases = queryPhrases(word, segment).map((phrase) => ({ ...phrase, prefix: prefixes }));
    const match = phrases.map(({ tokens, prefix }) => `"${tokens.join(' ')}"${prefix ? '*' : ''}`).join(' ');
    const found = new Set(select.all(match).map((row) => row.rowid));
    const needle = foldWidth(word).toLowerCase();
    texts.forEach((text, at) => {
      if (!text.includes(needle)) return;
      truth++;
      if (found.has(at + 1)) hit++;
    });
  }
  return truth === 0 ? 1 : hit / truth;
}

// The statements of server/db/search-queries.ts for an unfiltered search, restated
// so that the measure does not move with that file's other concerns.
const SEARCH_SQL = {
  total: 'SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?',
  page: `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
    ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0), rowid DESC LIMIT 20`,
  matches: `SELECT rowid, highlight(articles_fts, 0, '\u0002', '\u0003'), highlight(articles_fts, 1, '\u0002', '\u0003'),
    snippet(articles_fts, 2, '\u0002', '\u0003', '…', 24)
    FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
};

/** Mean of each query's median time: count, first page by relevance, its highlights (like the API). */
function queryMs(index: Index, queries: string[], segment: WordSegmenter): number {
  const total = index.db.prepare(SEARCH_SQL.total).pluck();
  const page = index.db.prepare(SEARCH_SQL.page).pluck();
  const matches = index.db.prepare(SEARCH_SQL.matches);
  const once = (query: string) => {
    const match = typedExpression(query, segment);
    if (!match) return;
    total.get(match);
    matches.all(match, JSON.stringify(page.all(match)));
  };
  queries.forEach(once);
  const timings = queries.map((query) => {
    const runs = Array.from({ length: 9 }, () => {
      const started = performance.now();
      once(query);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    return runs[4];
  });
  return timings.reduce((sum, ms) => sum + ms, 0) / timings.length;
}

const EN_QUERIES = [
  'Beijing',
  'energy',
  'opening',
  'internet of things',
  '5G industrial internet',
  'sensor',
  'standards',
];
const ZH_QUERIES = ['北京', '能源', '开幕', '物联网', '5G 工业互联网', '传感器', '标准'];

const dir = mkdtempSync(path.join(tmpdir(), 'segmenters-'));
const randomWords = randomSubstrings(shippedZh, 300);
const fmt = (n: number, digits = 1) => n.toFixed(digits);
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
const shippedRows: string[] = [];
const scaleRows: string[] = [];
try {
  for (const { name, segment } of SEGMENTERS) {
    const shipped = buildIndex(shippedZh, segment, dir, `shipped-${name}`);
    shippedRows.push(
      `| ${name} | ${pct(recall(shipped, shippedZh, WORDS, segment, true))} | ${pct(recall(shipped, shippedZh, WORDS, segment, false))} ` +
        `| ${pct(recall(shipped, shippedZh, randomWords, segment, true))} | ${pct(recall(shipped, shippedZh, randomWords, segment, false))} ` +
        `| ${fmt(shipped.chars / shipped.indexMs / 1000, 2)} |`,
    );
    shipped.db.close();
    console.error(`${name}: shipped content done`);

    const zh = synthesize(shippedZh, COUNT, /(?<=[。！？])/u, 1);
    const en = synthesize(shippedEn, COUNT, /(?<=[.!?])\s+/u, 2).map((doc) => ({ ...doc, body: doc.body }));
    const large = buildIndex([...zh, ...en], segment, dir, `large-${name}`);
    const zhRecall = recall(large, zh, WORDS.slice(0, 12), segment, true);
    scaleRows.push(
      `| ${name} | ${pct(zhRecall)} | ${fmt(large.indexMs / 1000)} | ${fmt(large.buildMs / 1000)} ` +
        `| ${fmt(queryMs(large, ZH_QUERIES, segment), 2)} | ${fmt(queryMs(large, EN_QUERIES, segment), 2)} |`,
    );
    large.db.close();
    rmSync(large.file, { force: true });
    console.error(`${name}: ${COUNT} + ${COUNT} articles done`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

publishReport('segmenters', [
  '## Chinese word segmentation for search',
  '',
  machineLine(),
  '',
  `Shipped content: ${shippedZh.length} Chinese articles. Recall over ${WORDS.length} chosen words and ` +
    `${randomWords.length} random 2–4 character substrings of their text; truth is every article holding the ` +
    'word as a substring. "prefix": each Chinese phrase matches as a prefix (what the site does); "exact": no prefix.',
  '',
  '| Segmenter | Recall, words, prefix | Recall, words, exact | Recall, substrings, prefix | Recall, substrings, exact | Index text (M chars/s) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...shippedRows,
  '',
  `At scale: ${COUNT} synthetic Chinese articles (sentences of the shipped ones) and ${COUNT} English ones in one ` +
    "FTS5 table built like ours. Query: the server's count, first 20 by relevance and their highlights, mean of " +
    `each query's median of 9; Chinese: ${ZH_QUERIES.join(', ')}; English: ${EN_QUERIES.join(', ')}.`,
  '',
  '| Segmenter | Recall, first 12 words | Segmenting (s) | Index build incl. segmenting (s) | Chinese query (ms) | English query (ms) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...scaleRows,
]);
