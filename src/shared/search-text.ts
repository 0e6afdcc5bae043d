// How text is prepared for the full-text index, and how a reader's query is
// read, the same way for the server and the mocks.
//
// SQLite's unicode61 tokenizer splits text on separators only, so a run of
// Chinese such as 世界物联网大会在北京开幕 would be one token that no query
// word matches. indexableText() puts an invisible separator between the words
// of such runs (and between Chinese and Latin letters or digits), found with
// the platform's Intl.Segmenter; text without Chinese is left as it is, so
// English search is unchanged. Queries are cut the same way (queryPhrases).

/**
 * U+200B ZERO WIDTH SPACE: a format character, so unicode61 treats it as a
 * separator, and invisible should it ever reach a reader. highlight() and
 * snippet() return it; whatever reads their output drops it.
 */
export const SEPARATOR = '\u200B';

/** Cuts a run of letters and digits that holds Chinese into its words, in order. */
export type WordSegmenter = (run: string) => Iterable<string>;

const icu = new Intl.Segmenter('zh', { granularity: 'word' });

export const icuWords: WordSegmenter = function* (run) {
  for (const { segment } of icu.segment(run)) yield segment;
};

// Function characters that stand as words of their own, never parts of one.
const FUNCTION_CHARACTERS = new Set('在的和与了是将为等及并对从向于把被也都而或以就这那其中上下');

/**
 * The words the site indexes: ICU's, with each run of one-character words
 * joined into one token. ICU cuts words missing from its dictionary into
 * characters (物|联|网), and an FTS phrase over single characters costs
 * several times one token (see docs/benchmarks.md, "segmenters").
 */
export const icuJoinedWords: WordSegmenter = function* (run) {
  let singles = '';
  for (const word of icuWords(run)) {
    if (word.length === 1 && /\p{sc=Han}/u.test(word) && !FUNCTION_CHARACTERS.has(word)) singles += word;
    else {
      if (singles) yield singles;
      singles = '';
      yield word;
    }
  }
  if (singles) yield singles;
};

// The characters unicode61 keeps in tokens (it also keeps Co, which no article uses).
const RUN = /[\p{L}\p{N}]+/gu;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const ENDS_CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
const STARTS_CJK = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/**
 * Full-width digits and Latin letters (５Ｇ) as their ASCII forms (5G), one
 * UTF-16 unit for one, so offsets stay valid. Full-width punctuation is left
 * alone: it separates words either way and belongs in Chinese text.
 */
export function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

export type Token = { text: string; start: number; end: number };

/**
 * The words of a run, merged back wherever the segmenter cut between two
 * characters that are neither Chinese: English keeps unicode61's own words.
 */
function splitRun(run: string, offset: number, segment: WordSegmenter): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  let previousWord = '';
  for (const word of segment(run)) {
    const end = start + word.length;
    const previous = tokens.at(-1);
    if (previous && !ENDS_CJK.test(previousWord) && !STARTS_CJK.test(word)) previous.end = offset + end;
    else tokens.push({ text: '', start: offset + start, end: offset + end });
    start = end;
    previousWord = word;
  }
  for (const token of tokens) token.text = run.slice(token.start - offset, token.end - offset);
  return tokens;
}

/** The tokens the full-text index sees in a text, with their offsets in it. */
export function searchTokens(text: string, segment: WordSegmenter = icuJoinedWords): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    if (CJK.test(run)) tokens.push(...splitRun(run, match.index, segment));
    else tokens.push({ text: run, start: match.index, end: match.index + run.length });
  }
  return tokens;
}

/** The text the index stores for a title, summary or body. */
export function indexableText(text: string, segment: WordSegmenter = icuJoinedWords): string {
  const plain = foldWidth(text.replaceAll(SEPARATOR, ''));
  if (!CJK.test(plain)) return plain;
  let result = '';
  let position = 0;
  for (const token of searchTokens(plain, segment)) {
    result += plain.slice(position, token.start);
    if (token.start > 0 && token.start === position) result += SEPARATOR;
    result += token.text;
    position = token.end;
  }
  return result + plain.slice(position);
}

/** A word as the index compares it: without case, width or diacritics (unicode61 remove_diacritics 2). */
export const foldWord = (word: string) =>
  // Most words are plain ASCII, which needs only lower case: a fast path for long texts.
  !/[^\p{ASCII}]/u.test(word)
    ? word.toLowerCase()
    : foldWidth(word).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A reader's query as phrases: each typed run of letters and digits is one
 * phrase of its tokens, so a Chinese word cut into several tokens still
 * matches them in sequence, and text in quotes ("smart city", “智慧城市”,
 * 「智慧城市」) is one phrase of all its words. A phrase holding Chinese, and
 * the last phrase, also match as prefixes: Chinese words compound (开幕 finds
 * 开幕式, 北京 finds 北京市), and results follow the reader's typing. A closed
 * quote is matched exactly, without prefix.
 */
export type QueryPhrase = {
  tokens: string[];
  prefix: boolean;
  /** Typed in quotes: its words in this order, as typed. */
  quoted: boolean;
  /** The phrase as the reader typed it (without its quotes). */
  text: string;
};

const QUOTE = /["“”「」『』]/;

export function queryPhrases(query: string, segment: WordSegmenter = icuJoinedWords): QueryPhrase[] {
  const parts = foldWidth(query.normalize('NFC')).split(QUOTE);
  const phrases: QueryPhrase[] = [];
  parts.forEach((part, index) => {
    const runs = part.match(RUN) ?? [];
    const tokensOf = (run: string) => (CJK.test(run) ? splitRun(run, 0, segment).map((token) => token.text) : [run]);
    if (index % 2 === 1 && runs.length > 0) {
      // An unclosed quote at the end is a phrase still being typed.
      const open = index === parts.length - 1;
      phrases.push({ tokens: runs.flatMap(tokensOf), prefix: open, quoted: true, text: runs.join(' ') });
    } else {
      for (const run of runs) phrases.push({ tokens: tokensOf(run), prefix: CJK.test(run), quoted: false, text: run });
    }
  });
  const last = phrases.at(-1);
  if (last && !last.quoted) last.prefix = true;
  return phrases;
}
