import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/shared/contract.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// What readers mean, on the articles that ship with the portal: every form of
// a word, the names articles are filed under, phrases in quotes, misspellings.

const site = useFixtureSite({ contentDir: path.resolve(import.meta.dirname, '../../content') });
const search = (q: string, more: { lang?: 'en' | 'zh'; sort?: 'newest' } = {}) =>
  site.repository.listArticles({ page: 1, pageSize: 50, q, ...more });
const slugSet = (q: string) => new Set(search(q).items.map((item) => item.slug));

/** Everything the index holds of an article, as plain lower-case text. */
function textOf(item: ArticleSummary): string {
  const article = site.repository.getArticle(item.lang, item.slug)!;
  const body = article.bodyHtml.replace(/<[^>]+>/g, ' ');
  return [item.title, item.summary, body, item.forum.name, ...item.topics.map((topic) => topic.name)]
    .join(' ')
    .toLowerCase();
}

const holdsWord = (text: string, word: string) => new RegExp(`\\b${word}\\b`).test(text);

describe('search finds what readers mean', () => {
  it('finds every form of a word, and ranks articles with the word as typed first', () => {
    for (const [one, other] of [
      ['city', 'cities'],
      ['grid', 'grids'],
      ['connect', 'connectivity'],
    ]) {
      expect(slugSet(one), one).toEqual(slugSet(other));
      for (const word of [one, other]) {
        const exact = search(word).items.map((item) => holdsWord(textOf(item), word));
        expect(exact[0], word).toBe(true);
        // Once an article without the word as typed appears, none with it follows.
        expect(exact.slice(exact.indexOf(false)).includes(true), word).toBe(exact.indexOf(false) === -1);
      }
    }
    expect(slugSet('connected')).toEqual(slugSet('connect'));
    expect(slugSet('connect').size).toBeGreaterThan(30);
  });

  it('finds what is filed under a topic by its name: smart city finds every Smart Cities article', () => {
    const filed = site.repository.listArticles({ page: 1, pageSize: 50, topic: 'smart-cities' }).items;
    expect(filed.length).toBeGreaterThanOrEqual(5);
    const found = slugSet('smart city');
    for (const article of filed) expect(found, article.slug).toContain(article.slug);
  });

  it('matches a phrase in quotes as a phrase', () => {
    const phrase = search('"smart grid"').items;
    expect(phrase.length).toBeGreaterThan(0);
    for (const item of phrase) expect(textOf(item)).toMatch(/\bsmart grid\b/);
    expect(search('smart grid').total).toBeGreaterThan(phrase.length);
  });

  it('corrects a misspelled word from the indexed words, and says so', () => {
    const corrected = search('agriculure');
    expect(corrected.correctedQuery).toBe('agriculture');
    expect(corrected.items.map((item) => item.slug)).toEqual([...slugSet('agriculture')]);
    expect(corrected.items[0].title.toLowerCase()).toMatch(/farm|agri|irrigation|soil/);
    expect(search('agriculture').correctedQuery).toBeUndefined();
    expect(search('smart gird').correctedQuery).toBe('smart grid');
    // A word still being typed is not a misspelling while some word starts with it.
    expect(search('agricu').correctedQuery).toBeUndefined();
    expect(search('agricu').total).toBeGreaterThan(0);
  });

  it('keeps Chinese search as it was', () => {
    const chinese = search('物联网', { lang: 'zh' });
    expect(chinese.total).toBeGreaterThan(10);
    expect(chinese.correctedQuery).toBeUndefined();
    expect(chinese.items.every((item) => item.lang === 'zh')).toBe(true);
  });
});
