import type { Marked, MarkedOptions, Token } from 'marked';
import type sanitizeHtml from 'sanitize-html';
import { type Removal, sanitizeNotingRemovals } from './sanitizer-removals.ts';

/** A problem in an article's body, on a line of the body (its first line is 1). */
export type BodyProblem = { line: number; message: string };

/** A problem that a token of one of our Markdown extensions carries, as `problem`, to the import's report. */
export type TokenProblem = { message: string };

const newlinesIn = (text: string, end: number) => text.slice(0, end).split('\n').length - 1;

/**
 * Finds lines within one top-level block of the body. Problems come in the
 * order of the text, so each search starts after the last thing found; a
 * needle that is not in the block's source (markup that Markdown wrote) gives
 * the block's first line.
 */
function lineFinder(block: string, firstLine: number) {
  const lowerBlock = block.toLowerCase();
  let from = 0;
  return (needle: string | undefined): number => {
    if (needle === undefined || needle === '') return firstLine;
    const lowerNeedle = needle.toLowerCase();
    let at = lowerBlock.indexOf(lowerNeedle, from);
    if (at === -1) at = lowerBlock.indexOf(lowerNeedle);
    if (at === -1) return firstLine;
    from = at + 1;
    return firstLine + newlinesIn(block, at);
  };
}

/**
 * What is wrong in a body, each on its line: problems that tokens of our
 * extensions carry (a video link that names no video), and, when
 * `sanitizerRemoved` says the whole body lost something to the sanitizer, what
 * it removed from each block, found by rendering (with the body's own
 * `parseOptions`) and sanitizing the blocks one by one.
 */
export function findBodyProblems(
  markdown: Marked,
  source: string,
  { parseOptions, sanitizeOptions, sanitizerRemoved }: {
    parseOptions: MarkedOptions;
    sanitizeOptions: sanitizeHtml.IOptions;
    sanitizerRemoved: boolean;
  },
): BodyProblem[] {
  // Marked reads every line ending as \n; so does the search for each block.
  const text = source.replace(/\r\n?/g, '\n');
  const problems: BodyProblem[] = [];
  let offset = 0;
  for (const block of markdown.lexer(text)) {
    const found = text.indexOf(block.raw, offset);
    const start = found === -1 ? offset : found;
    offset = start + block.raw.length;
    const firstLine = 1 + newlinesIn(text, start);
    const tokenLine = lineFinder(block.raw, firstLine);
    markdown.walkTokens([block], (token: Token) => {
      const { problem } = token as { problem?: TokenProblem };
      if (problem) problems.push({ line: tokenLine(token.raw), message: problem.message });
    });
    if (!sanitizerRemoved) continue;
    const removalLine = lineFinder(block.raw, firstLine);
    const html = markdown.parser([block], { ...markdown.defaults, ...parseOptions });
    const removals: Removal[] = sanitizeNotingRemovals(html, sanitizeOptions).removals;
    // An image written in Markdown is checked, and its problems reported, by body-images.ts.
    const imageInHtml = /<img\b/i.test(block.raw);
    for (const { tag, message, needle } of removals) {
      if (tag !== 'img' || imageInHtml) problems.push({ line: removalLine(needle), message });
    }
  }
  // One warning for the same thing on the same line (three task-list boxes, say).
  const unique = new Map(problems.map((problem) => [`${problem.line} ${problem.message}`, problem]));
  return [...unique.values()].sort((a, b) => a.line - b.line);
}
