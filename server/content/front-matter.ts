import * as z from 'zod/mini';
import { slugSchema } from '../../src/shared/contract.ts';
import { DEFAULT_LANG, LANGS } from '../../src/shared/languages.ts';

// What editors write at the top of an article file. Field names are the
// editors' vocabulary; the import maps them to the wire format.

const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'use an ISO 8601 date and time with a time zone, like 2023-11-20T09:00:00+08:00',
});

// YAML turns an unquoted timestamp into a Date; editors should not have to care.
const dateTimeField = z.pipe(
  z.transform((value: unknown) => (value instanceof Date ? value.toISOString() : value)),
  isoDateTime,
);

type StringCheck = Parameters<ReturnType<typeof z.string>['check']>[number];
const trimmed = (missing: string, ...checks: StringCheck[]) => z.string({ error: missing }).check(z.trim(), ...checks);

/**
 * The longest each text may be, in characters: what fits where it is shown.
 * The author is on every page and card of the article; a forum's or topic's
 * name and description on every page of it, and the name on its articles too.
 */
export const TEXT_LIMITS = {
  title: 200,
  summary: 400,
  correction: 600,
  caption: 300,
  credit: 120,
  author: 120,
  name: 80,
  description: 300,
} as const;

const atMost = (field: keyof typeof TEXT_LIMITS, advice?: string) =>
  z.maxLength(
    TEXT_LIMITS[field],
    `the ${field} is longer than ${TEXT_LIMITS[field]} characters${advice ? `: ${advice}` : ''}`,
  );

export const coverSchema = z.strictObject({
  image: z.string().check(z.minLength(1)),
  alt: z.string({ error: 'describe the cover image in alt' }),
  /** Plain text under the cover: what it shows, where, when. */
  caption: z.optional(
    trimmed('the caption must be text', z.minLength(1, 'the caption is empty: leave it out when there is none'), atMost('caption')),
  ),
  /** Plain text after the caption: who took the photo, or whose it is. */
  credit: z.optional(
    trimmed('the credit must be text', z.minLength(1, 'the credit is empty: leave it out when there is none'), atMost('credit')),
  ),
});

// One former slug may be written without the brackets of a list.
const formerSlugsField = z.pipe(
  z.transform((value: unknown) => (typeof value === 'string' ? [value] : value)),
  z.array(slugSchema, { error: 'list the former slugs like this: [old-slug, older-slug]' }),
);

export const frontMatterSchema = z.object({
  title: trimmed('the title is missing', z.minLength(1, 'the title is empty'), atMost('title')),
  slug: z.optional(slugSchema),
  lang: z._default(
    z.enum(LANGS, { error: (issue) => `"${String(issue.input)}" is not a language of the portal: use ${LANGS.join(' or ')}` }),
    DEFAULT_LANG,
  ),
  /** The slug of the article, in another language, that this one translates. */
  translationOf: z.optional(slugSchema),
  /** Slugs the article had before; their old URLs answer with a permanent redirect. */
  formerSlugs: z._default(formerSlugsField, []),
  published: dateTimeField,
  /** Checked like any article, but not published until this is removed or false. */
  draft: z._default(z.boolean({ error: 'draft is true or false' }), false),
  updated: z.optional(dateTimeField),
  /** Plain text, shown in its own box at the end of the article. */
  correction: z.optional(
    trimmed(
      'the correction must be text',
      z.minLength(1, 'the correction is empty: leave it out when there is none'),
      atMost('correction', 'keep it to what was wrong and what is right'),
    ),
  ),
  forum: z.string({ error: 'the forum is missing' }).check(z.minLength(1)),
  topics: z._default(
    z.array(z.string()).check(z.minLength(1, 'list at least one topic'), z.maxLength(8)),
    [],
  ),
  summary: trimmed('the summary is missing', z.minLength(1), atMost('summary')),
  author: z._default(trimmed('the author must be text', z.minLength(1), atMost('author')), 'WIOTC News Center'),
  cover: z.optional(coverSchema),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

const namedShape = {
  name: trimmed('the name is missing', z.minLength(1), atMost('name')),
  description: z._default(trimmed('the description must be text', atMost('description')), ''),
};

// English at the top level, as before; Chinese in a block of its own, required,
// so that no page ever shows a forum or topic without a name in its language.
export const taxonomyFileSchema = z.record(
  slugSchema,
  z.strictObject({
    ...namedShape,
    zh: z.strictObject(namedShape, { error: 'the Chinese name is missing: add zh: { name, description }' }),
  }),
);
