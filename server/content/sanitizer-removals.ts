import sanitizeHtml from 'sanitize-html';
import { VIDEO_PROVIDERS, readVideoLink } from '../../src/shared/video-providers.ts';

/** Something the sanitizer took out of a tag, and a piece of the source to find its line by. */
export type Removal = { tag: string; message: string; needle?: string };

type OpenedTag = {
  name: string;
  /** The tag's name once transformed (h1 becomes h2). */
  finalName: string;
  /** Its attributes as written, or as a transform of ours rewrote them (links lose target and rel on purpose). */
  offered: Record<string, string>;
  /** The object the sanitizer deletes refused attributes from: what is left once it is done. */
  kept: Record<string, string>;
  /** Left out whole by the exclusive filter. */
  excluded?: boolean;
};

// Marked writes a code block's language as a class; styling code by language is not offered.
const UNSHOWN = new Set(['code class']);

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function tagHint(name: string, attributes: Record<string, string>): string {
  if (name === 'img') {
    return `the image ${shorten(attributes.src ?? '')} is not a file of the portal: put it in content/images/ and write it in Markdown, ![what it shows](path)`;
  }
  if (name === 'iframe') {
    const link = readVideoLink(attributes.src ?? '');
    return link.kind === 'video'
      ? `write the video's address on a line of its own instead: ${VIDEO_PROVIDERS[link.provider].watchUrl(link.id)}`
      : 'pages of other sites cannot be embedded; link to the page instead';
  }
  if (name === 'script') return 'scripts cannot run in an article';
  if (name === 'style') return "the site's styles apply to every article";
  if (name === 'input') return 'task-list checkboxes are not shown; write the list without [ ] and [x]';
  if (['video', 'audio', 'object', 'embed'].includes(name)) {
    return 'for a video, write its YouTube, Vimeo or Bilibili address on a line of its own; other media can be linked';
  }
  return 'this HTML element is not allowed in an article; write the text in Markdown';
}

function attributeRemoval(tag: string, attribute: string, value: string): Omit<Removal, 'tag'> {
  if (/^on/i.test(attribute)) {
    return { message: `the ${attribute} attribute removed from <${tag}> — scripts cannot run in an article`, needle: attribute };
  }
  if (attribute === 'style') {
    return { message: `the style attribute removed from <${tag}> — the site's styles apply to every article`, needle: attribute };
  }
  if (attribute === 'href' || attribute === 'src' || attribute === 'cite') {
    if (value.trim() === '') return { message: `an empty ${attribute} removed from <${tag}>` };
    return {
      message: `the link to ${shorten(value)} removed from <${tag}> — addresses must start with https:, http: or mailto:, or be the site's own`,
      needle: value,
    };
  }
  return { message: `the ${attribute} attribute removed from <${tag}> — it is not allowed in an article`, needle: attribute };
}

function removalsOf(tag: OpenedTag, options: sanitizeHtml.IOptions): Removal[] {
  const { allowedTags = sanitizeHtml.defaults.allowedTags, allowedAttributes = sanitizeHtml.defaults.allowedAttributes } =
    options;
  if ((allowedTags !== false && !allowedTags.includes(tag.finalName)) || tag.excluded) {
    return [{ tag: tag.name, message: `<${tag.name}> removed — ${tagHint(tag.name, tag.offered)}`, needle: `<${tag.name}` }];
  }
  // A tag with no attributes allowed at all is written without looking at them, so none is deleted.
  const looksAtAttributes =
    allowedAttributes === false || Object.hasOwn(allowedAttributes, tag.finalName) || Object.hasOwn(allowedAttributes, '*');
  const kept = looksAtAttributes ? tag.kept : {};
  return Object.entries(tag.offered)
    .filter(([attribute]) => !Object.hasOwn(kept, attribute))
    .filter(([attribute]) => !UNSHOWN.has(`${tag.name} ${attribute}`))
    .map(([attribute, value]) => ({ tag: tag.name, ...attributeRemoval(tag.name, attribute, value) }));
}

/**
 * Sanitizes like sanitizeHtml(html, options), and says what it removed:
 * elements it does not allow, and attributes it refused (event handlers,
 * styles, unsafe or remote addresses, anything not on the allow-list).
 * It watches the sanitizer work rather than repeating its rules: each tag is
 * noted as it opens, and the sanitizer deletes what it refuses from that same
 * attribute object (or from the one a transform returned, which is followed),
 * and hands it to the exclusive filter, whose verdicts are noted too.
 */
export function sanitizeNotingRemovals(
  html: string,
  options: sanitizeHtml.IOptions,
): { html: string; removals: Removal[] } {
  const opened: OpenedTag[] = [];
  const followTransform = (transform: string | sanitizeHtml.Transformer): sanitizeHtml.Transformer => {
    const apply = typeof transform === 'string' ? sanitizeHtml.simpleTransform(transform, {}) : transform;
    return (name, attributes) => {
      const result = apply(name, attributes);
      // A transform runs right after its tag opens: the last tag noted is its own.
      const tag = opened[opened.length - 1];
      tag.finalName = result.tagName;
      tag.offered = { ...result.attribs };
      tag.kept = result.attribs;
      return result;
    };
  };
  const { exclusiveFilter } = options;
  const clean = sanitizeHtml(html, {
    ...options,
    exclusiveFilter:
      exclusiveFilter &&
      ((frame) => {
        const result = exclusiveFilter(frame);
        // The frame holds the same attribute object as the tag noted when it opened.
        const tag = result ? opened.findLast((candidate) => candidate.kept === frame.attribs) : undefined;
        if (tag) tag.excluded = true;
        return result;
      }),
    transformTags: Object.fromEntries(
      Object.entries(options.transformTags ?? {}).map(([tag, transform]) => [tag, followTransform(transform)]),
    ),
    onOpenTag: (name, attributes) => {
      opened.push({ name, finalName: name, offered: { ...attributes }, kept: attributes });
      options.onOpenTag?.(name, attributes);
    },
  });
  return { html: clean, removals: opened.flatMap((tag) => removalsOf(tag, options)) };
}
