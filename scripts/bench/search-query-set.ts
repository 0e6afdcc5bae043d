// The searches every search benchmark runs, by kind, so our SQLite search and
// the in-process peer library answer exactly the same questions. Words are
// from the generated corpus (scripts/generate-content.ts): the common ones
// are in nearly every article of their language, the rare ones in about 200.

export type SearchKind = 'common word' | 'rare word' | 'prefix' | 'two words' | 'misspelled' | 'Chinese';
export type BenchSearch = { kind: SearchKind; q: string; lang: 'en' | 'zh' };

const en = (kind: SearchKind, words: string[]): BenchSearch[] => words.map((q) => ({ kind, q, lang: 'en' }));

export const SEARCH_QUERY_SET: BenchSearch[] = [
  ...en('common word', ['internet', 'platform', 'connectivity', 'operators', 'devices']),
  ...en('rare word', ['quasar', 'fjord', 'zeolite', 'marimba', 'obsidian']),
  ...en('prefix', ['inte', 'plat', 'conn', 'oper', 'dev']),
  ...en('two words', ['internet th', 'data platform', 'regional cooperation', 'quasar tundra', 'network operators']),
  ...en('misspelled', ['platfrom', 'conectivity', 'opertors', 'zeolit', 'intrenet']),
  ...['物联网', '北京', '数据 平台', '城市', '量子通信'].map((q): BenchSearch => ({ kind: 'Chinese', q, lang: 'zh' })),
];

/**
 * What a reader typing `phrase` sends, one request per keystroke after the
 * second letter: "in", "int", "inte", ... Each is a new query, so none is cached.
 */
export function keystrokes(phrase: string): string[] {
  return Array.from({ length: Math.max(0, phrase.length - 1) }, (_, index) => phrase.slice(0, index + 2)).filter(
    (typed) => typed.trim().length >= 2 && !typed.endsWith(' '),
  );
}
