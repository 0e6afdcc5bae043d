import { z } from 'zod';

// The wire format of the JSON API. The server validates what it sends, the
// MSW handlers build their answers from it, and the app parses every response
// with it, so the three cannot drift apart.

export const PAGE_SIZE_DEFAULT = 12;
export const PAGE_SIZE_MAX = 50;
export const QUERY_MAX_LENGTH = 200;

export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');

/** A text with the spans where a search query matched, as [start, end) UTF-16 offsets. */
export const highlightedTextSchema = z.object({
  text: z.string(),
  ranges: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});

export const imageSchema = z.object({
  src: z.string(),
  alt: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const forumSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1),
  description: z.string(),
  articleCount: z.number().int().nonnegative(),
});

export const topicSchema = forumSchema;

const taxonomyRefSchema = z.object({ slug: slugSchema, name: z.string().min(1) });

export const articleSummarySchema = z.object({
  slug: slugSchema,
  title: z.string().min(1),
  summary: z.string(),
  publishedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  author: z.string(),
  forum: taxonomyRefSchema,
  topics: z.array(taxonomyRefSchema),
  readingMinutes: z.number().int().positive(),
  cover: imageSchema,
  /** Present only on search results: where the query matched. */
  match: z
    .object({
      title: highlightedTextSchema,
      summary: highlightedTextSchema,
      excerpt: highlightedTextSchema,
    })
    .optional(),
});

export const articleSchema = articleSummarySchema.omit({ match: true }).extend({
  /** Sanitized at import; safe to render as HTML. */
  bodyHtml: z.string(),
  related: z.array(articleSummarySchema),
});

export const sortSchema = z.enum(['newest', 'oldest', 'relevance']);

const positiveIntFromQuery = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be 1 or more`);

/** The query string of GET /api/articles; strings in, typed values out. */
export const articleListQuerySchema = z.object({
  page: positiveIntFromQuery('page').default(1),
  pageSize: positiveIntFromQuery('pageSize')
    .max(PAGE_SIZE_MAX, `pageSize must be at most ${PAGE_SIZE_MAX}`)
    .default(PAGE_SIZE_DEFAULT),
  forum: z.string().max(120).optional(),
  topic: z.string().max(120).optional(),
  q: z.string().max(QUERY_MAX_LENGTH, `q must be at most ${QUERY_MAX_LENGTH} characters`).optional(),
  sort: z.enum(sortSchema.options, { error: 'sort must be newest, oldest or relevance' }).optional(),
});

/**
 * Narrows the counts of GET /api/forums and GET /api/topics to the articles
 * that match these filters, so a forum page can show how many of its own
 * articles each topic has.
 */
export const taxonomyQuerySchema = articleListQuerySchema.pick({ forum: true, topic: true, q: true });

/**
 * Reads query parameters from a URL with a contract schema. Empty values count
 * as absent and unknown parameters (utm_source, ...) are ignored, as a shared
 * link may carry them.
 */
export function parseQueryParams<Schema extends z.ZodObject>(schema: Schema, params: URLSearchParams) {
  const present: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '') present[key] = value.trim();
  }
  return schema.safeParse(present);
}

export const articleListSchema = z.object({
  items: z.array(articleSummarySchema),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  total: z.number().int().nonnegative(),
  totalPages: z.number().int().nonnegative(),
});

export const forumListSchema = z.object({ items: z.array(forumSchema) });
export const topicListSchema = z.object({ items: z.array(topicSchema) });

/** RFC 9457 problem details. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export type HighlightedText = z.infer<typeof highlightedTextSchema>;
export type Image = z.infer<typeof imageSchema>;
export type Forum = z.infer<typeof forumSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type Article = z.infer<typeof articleSchema>;
export type Sort = z.infer<typeof sortSchema>;
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;
export type TaxonomyQuery = z.infer<typeof taxonomyQuerySchema>;
export type ArticleList = z.infer<typeof articleListSchema>;
export type ForumList = z.infer<typeof forumListSchema>;
export type TopicList = z.infer<typeof topicListSchema>;
export type Problem = z.infer<typeof problemSchema>;

const PROBLEM_TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

export function createProblem(status: number, detail: string, errors?: Problem['errors']): Problem {
  return { type: 'about:blank', title: PROBLEM_TITLES[status] ?? 'Error', status, detail, errors };
}

/** The 400 answer for parameters that failed articleListQuerySchema. */
export function invalidQueryProblem(error: z.ZodError): Problem {
  const errors = error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  return createProblem(400, errors.map((entry) => entry.message).join('; '), errors);
}

type KnownTaxonomy = { hasForum(slug: string): boolean; hasTopic(slug: string): boolean };

/**
 * Reads list or count parameters the way every implementation of the API must:
 * a 400 for an invalid value, a 404 for a forum or topic that does not exist.
 */
export function readFilteredQuery<Schema extends z.ZodObject>(
  schema: Schema,
  params: URLSearchParams,
  known: KnownTaxonomy,
): { query: z.infer<Schema> & TaxonomyQuery; problem?: undefined } | { problem: Problem; query?: undefined } {
  const parsed = parseQueryParams(schema, params);
  if (!parsed.success) return { problem: invalidQueryProblem(parsed.error) };
  const query = parsed.data as z.infer<Schema> & TaxonomyQuery;
  if (query.forum !== undefined && !known.hasForum(query.forum)) {
    return { problem: createProblem(404, `There is no forum "${query.forum}".`) };
  }
  if (query.topic !== undefined && !known.hasTopic(query.topic)) {
    return { problem: createProblem(404, `There is no topic "${query.topic}".`) };
  }
  return { query };
}
