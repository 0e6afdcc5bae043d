import { NOT_XML_CHARACTER } from '../lib/xml-text.ts';

// Characters no page, feed or preview card can show: XML cannot carry them at
// all, so one in a headline would make every feed that lists it unreadable,
// and the search's own marks could be faked with them. The import refuses
// them wherever an editor writes text; tabs and line breaks are fine.

export type TextProblem = { field?: string; message: string };

function kindOf(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return 'a control character';
  if (code >= 0xd800 && code <= 0xdfff) return 'half of a character';
  return 'a character that is not text';
}

const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with `text`, if it holds a character that cannot be shown. */
export function unshowableCharacter(text: string): string | undefined {
  const char = NOT_XML_CHARACTER.exec(text)?.[0];
  return char === undefined ? undefined : `contains ${kindOf(char)} (${codePoint(char)}) that cannot be shown: remove it`;
}

/**
 * Every text in a value read from YAML (a field, a list, fields within
 * fields), each problem named by its path below `field`: "cover.alt".
 */
export function unshowableInValue(value: unknown, field?: string): TextProblem[] {
  if (typeof value === 'string') {
    const message = unshowableCharacter(value);
    return message ? [{ field, message }] : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value) ? value.map((item) => [undefined, item] as const) : Object.entries(value);
  return entries.flatMap(([key, item]) =>
    unshowableInValue(item, key === undefined ? field : field === undefined ? key : `${field}.${key}`),
  );
}

// An editor fixes a few lines, not a hundred: past this many, one problem says how many more there are.
const MAX_LINES_LISTED = 5;

/**
 * The lines of an article's body (its first line is `firstLine` of the file)
 * that hold characters that cannot be shown; then whether the rendered body,
 * `html`, holds any that a character reference such as &#2; wrote.
 */
export function unshowableInBody(body: string, html: string, firstLine: number): string[] {
  const lines = body.split(/\r\n|\r|\n/).flatMap((line, index) => {
    const message = unshowableCharacter(line);
    return message ? [`line ${firstLine + index}: ${message}`] : [];
  });
  if (lines.length > MAX_LINES_LISTED) {
    const more = lines.length - MAX_LINES_LISTED + 1;
    return [...lines.slice(0, MAX_LINES_LISTED - 1), `${more} more lines contain such characters: remove them`];
  }
  if (lines.length > 0) return lines;
  const referenced = unshowableCharacter(html);
  return referenced ? [`a character reference (&#…;) gives ${referenced.replace(/^contains /, '')}`] : [];
}
