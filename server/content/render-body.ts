import { Marked, type MarkedOptions } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { type BodyProblem, findBodyProblems } from './body-problems.ts';
import { sanitizeNotingRemovals } from './sanitizer-removals.ts';
import { allowVideoFacades, videoEmbeds } from './video-embeds.ts';

// Article bodies are rendered and sanitized once, at import. What the API
// serves as bodyHtml has already passed this allow-list.

declare module 'marked' {
  // An added option must repeat marked's own type parameters, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface MarkedOptions<ParserOutput = string, RendererOutput = string> {
    /** The HTML that stands for a paragraph holding an image (body-images.ts): given per call of renderBodyHtml(). */
    figureFor?: (paragraph: Tokens.Paragraph) => string | undefined;
  }
}

const markdown = new Marked({ gfm: true, async: false });
markdown.use(videoEmbeds);
// A paragraph that is a body image becomes its figure; any other is rendered as usual (false).
markdown.use({
  renderer: {
    paragraph(token) {
      return this.options.figureFor?.(token) ?? false;
    },
  },
});

// Body images are files the import made (see body-images.ts), served from /media/.
const isPortalMedia = (url = '') => /^\/media\/[\w./-]+$/.test(url) && !url.includes('..');
const srcsetUrls = (srcset = '') => srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]);

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = allowVideoFacades({
  allowedTags: [
    'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr',
    'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'picture', 'source', 'small',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    'a', 'img', 'em', 'strong', 'b', 'i', 'code', 'pre', 'sub', 'sup', 'abbr', 'del',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height', 'title', 'loading', 'decoding'],
    source: ['type', 'srcset', 'sizes'],
    figure: ['class'],
    small: ['class'],
    th: ['scope', 'colspan', 'rowspan', 'align'],
    td: ['colspan', 'rowspan', 'align'],
    abbr: ['title'],
    ol: ['start'],
  },
  allowedClasses: { figure: ['body-figure'], small: ['credit'] },
  selfClosing: [...sanitizeHtml.defaults.selfClosing, 'source'],
  allowedSchemes: ['https', 'http', 'mailto'],
  // Images must be served by the portal itself: no remote or inline sources
  // (sanitize-html checks every URL of a srcset under the name "srcset").
  allowedSchemesByTag: { img: [], srcset: [] },
  exclusiveFilter: (frame) =>
    (frame.tag === 'img' && !isPortalMedia(frame.attribs.src)) ||
    (frame.tag === 'source' && !srcsetUrls(frame.attribs.srcset).every((url) => isPortalMedia(url))),
  allowProtocolRelative: false,
  transformTags: {
    // The page title is the only h1; a body heading steps down one level.
    h1: 'h2',
    a: (tagName, attribs) => {
      const leavesSite = /^(?:https?:)?\/\//i.test(attribs.href ?? '');
      const safe: Record<string, string> = { ...attribs };
      delete safe.target;
      delete safe.rel;
      if (leavesSite) safe.rel = 'noopener noreferrer';
      return { tagName, attribs: safe };
    },
  },
});

export type RenderedBody = { html: string; problems: BodyProblem[] };

/**
 * The body as HTML, and what is wrong in it: links that name no video, and
 * whatever the sanitizer removed. `figureFor` gives the figures of the body's
 * images, once they are processed (body-images.ts); `articleLang` is the
 * language of the videos' fixed text.
 */
export function renderBody(
  markdownSource: string,
  parseOptions: Pick<MarkedOptions, 'figureFor' | 'articleLang'> = {},
): RenderedBody {
  const { html, removals } = sanitizeNotingRemovals(
    markdown.parse(markdownSource, parseOptions) as string,
    SANITIZE_OPTIONS,
  );
  const problems = findBodyProblems(markdown, markdownSource, {
    parseOptions,
    sanitizeOptions: SANITIZE_OPTIONS,
    sanitizerRemoved: removals.length > 0,
  });
  return { html: html.trim(), problems };
}

/** The body as HTML, where its problems are of no interest (the test fixtures). */
export function renderBodyHtml(markdownSource: string, figureFor?: MarkedOptions['figureFor']): string {
  return renderBody(markdownSource, { figureFor }).html;
}

const BLOCK_END = /<\/(?:p|h[1-6]|li|blockquote|figcaption|caption|tr|pre)>|<br\s*\/?>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * The readable text of a sanitized body, for the search index and reading
 * time. The sanitizer's output is well-formed and escapes "<" in text, so
 * dropping tags by pattern is exact here (it would not be on raw input).
 */
export function bodyPlainText(bodyHtml: string): string {
  // Line breaks in the HTML source mean nothing; block ends do.
  const separated = bodyHtml.replace(/\s+/g, ' ').replace(BLOCK_END, '$&\n').replace(/<\/t[dh]>/g, '$& ');
  return decodeEntities(separated.replace(/<[^>]*>/g, ''))
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const WORDS_PER_MINUTE = 220;
// Chinese is read by the character: it has no spaces to count words by. 380 a
// minute gives a translation the reading time of its original: the 22 shipped
// translations have 1.72 characters for each English word of their originals
// (1.53 to 1.97), and 220 × 1.72 ≈ 380, which is also within the rates usually
// quoted for adults reading Chinese silently.
const CJK_CHARACTERS_PER_MINUTE = 380;

/** Minutes to read: words at 220 a minute, Chinese and Japanese characters at 380. */
export function readingMinutes(plainText: string): number {
  const cjkCharacters = plainText.match(CJK)?.length ?? 0;
  // Full-width punctuation left between the characters is not a word.
  const words = plainText
    .replace(CJK, ' ')
    .split(/\s+/)
    .filter((token) => WORD_CHARACTER.test(token)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjkCharacters / CJK_CHARACTERS_PER_MINUTE));
}
