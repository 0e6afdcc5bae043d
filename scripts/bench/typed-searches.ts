import Database from 'better-sqlite3';
import { seededRandom } from '../../server/content/seeded-random.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { icuWords } from '../../src/shared/search-text.ts';
import { keystrokes } from './search-query-set.ts';

export type TypedSearch = { q: string; lang: Lang };

// A quarter of the readers search in Chinese, about as the corpus is split.
const CHINESE_SHARE = 0.25;
const SAMPLED_ARTICLES = 2000;

/** The words of titles and summaries of articles spread over the archive, per language. */
function corpusWords(databaseFile: string): Record<Lang, string[]> {
  const db = new Database(databaseFile, { readonly: true });
  const rows = db
    .prepare<[number], { lang: Lang; text: string }>(
      `SELECT lang, title || ' ' || summary AS text FROM articles WHERE id % (SELECT max(1, count(*) / ?) FROM articles) = 0`,
    )
    .all(SAMPLED_ARTICLES);
  db.close();
  const words = { en: new Set<string>(), zh: new Set<string>() };
  for (const { lang, text } of rows) {
    const found = lang === 'zh' ? [...icuWords(text)] : text.toLowerCase().split(/[^a-z]+/);
    for (const word of found) if (word.length >= 2 && /^[\p{L}]+$/u.test(word)) words[lang].add(word);
  }
  return { en: [...words.en], zh: [...words.zh] };
}

/**
 * An endless stream of searches no one has sent before: readers typing
 * phrases of two or three words of the corpus, one search per keystroke.
 * Keystrokes already sent (the first letters of a common word, say) are left
 * out, so every URL is new and none can come from a cache.
 */
export function* typedSearches(databaseFile: string, seed = 2024): Generator<TypedSearch> {
  const vocabulary = corpusWords(databaseFile);
  const random = seededRandom(seed);
  const pick = (words: string[]) => words[Math.floor(random() * words.length)];
  const sent = new Set<string>();
  // A phrase made only of keystrokes already sent adds nothing; many in a row mean the vocabulary is used up.
  for (let staleInARow = 0; staleInARow < 10_000;) {
    const lang: Lang = random() < CHINESE_SHARE && vocabulary.zh.length > 0 ? 'zh' : 'en';
    const words = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(vocabulary[lang]));
    // Chinese is written without spaces between words.
    const phrase = words.join(lang === 'zh' ? '' : ' ');
    let fresh = false;
    for (const q of keystrokes(phrase)) {
      const key = `${lang}:${q}`;
      if (sent.has(key)) continue;
      sent.add(key);
      fresh = true;
      yield { q, lang };
    }
    staleInARow = fresh ? 0 : staleInARow + 1;
  }
  throw new Error(`Every search the corpus words make was sent (${sent.size}).`);
}
