import { createHash } from 'node:crypto';

/** A weak ETag naming `text`: the same text, the same tag, in any encoding it is sent in. */
export function weakTag(text: string): string {
  return `W/"${createHash('sha1').update(text).digest('base64url').slice(0, 20)}"`;
}

/** The tags of an If-None-Match header, as written. */
export const askedTags = (ifNoneMatch: string | undefined): string[] =>
  ifNoneMatch?.split(',').map((tag) => tag.trim()) ?? [];

const opaque = (tag: string) => tag.replace(/^W\//, '');

/** Whether `asked` names `tag`, compared weakly as If-None-Match is (RFC 9110, 13.1.2): W/ or not. */
export const namesTag = (asked: string[], tag: string): boolean =>
  asked.some((candidate) => opaque(candidate) === opaque(tag));
