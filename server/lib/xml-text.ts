import { escapeHtml } from './escape-html.ts';

/**
 * A character XML 1.0 cannot carry at all, escaped or not: a C0 control other
 * than tab, line feed and carriage return, half of a surrogate pair (in
 * unicode mode a whole pair reads as one character) or U+FFFE and U+FFFF.
 * One of them makes a feed, or an SVG drawn from the text, ill-formed.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const NOT_XML_CHARACTER = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/u;

const NOT_XML_CHARACTERS = new RegExp(NOT_XML_CHARACTER.source, 'gu');

/**
 * Text as XML element content or a quoted attribute value. The import refuses
 * the characters XML cannot carry; any that reach here anyway are left out,
 * so the document stays well-formed.
 */
export function xmlText(text: string): string {
  return escapeHtml(text.replace(NOT_XML_CHARACTERS, ''));
}
