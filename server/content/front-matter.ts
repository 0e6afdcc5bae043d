import { z } from 'zod';
import { SLUG_PATTERN } from '../../src/api/contract.ts';

const slugSchema = z.string().max(120).regex(SLUG_PATTERN, 'use lowercase letters, digits and single hyphens');

// What editors write at the top of an article file. Field names are the
// editors' vocabulary; the import maps them to the wire format.

const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'use an ISO 8601 date and time with a time zone, like 2023-11-20T09:00:00+08:00',
});

// YAML turns an unquoted timestamp into a Date; editors should not have to care.
const dateTimeField = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString() : value),
  isoDateTime,
);

export const frontMatterSchema = z.object({
  title: z.string({ error: 'the title is missing' }).trim().min(1, 'the title is empty').max(200),
  slug: slugSchema.optional(),
  published: dateTimeField,
  updated: dateTimeField.optional(),
  forum: z.string({ error: 'the forum is missing' }).min(1),
  topics: z.array(z.string()).min(1, 'list at least one topic').max(8).default([]),
  summary: z.string({ error: 'the summary is missing' }).trim().min(1).max(400),
  author: z.string().trim().min(1).default('WIOTC News Center'),
  cover: z
    .object({
      image: z.string().min(1),
      alt: z.string({ error: 'describe the cover image in alt' }),
    })
    .strict()
    .optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export const taxonomyFileSchema = z.record(
  slugSchema,
  z.object({ name: z.string().trim().min(1), description: z.string().trim().default('') }).strict(),
);
