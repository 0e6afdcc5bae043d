import * as z from 'zod/mini';

// The wire format of the JSON API. The server validates what it sends, the
// MSW handlers build their answers from it, and the app parses every response
// with it, so the three cannot drift apart.

export { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, QUERY_MAX_LENGTH } from './limits.ts';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, QUERY_MAX_LENGTH } from './limits.ts';
import { DEFAULT_LANG, LANGS } from './languages.ts';
import { SLUG_MAX_LENGTH, SLUG_PATTERN, SLUG_RULE } from './slug.ts';

const nonNegativeInt = () => z.int().check(z.nonnegative());
const positiveInt = () => z.int().check(z.positive());
const nonEmpty = () => z.string().check(z.minLength(1));

export const slugSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(SLUG_MAX_LENGTH), z.regex(SLUG_PATTERN, SLUG_RULE));

/** A text with the spans where a search query matched, as [start, end) UTF-16 offsets. */
export const highlightedTextSchema = z.object({
  text: z.string(),
  ranges: z.array(z.tuple([nonNegativeInt(), nonNegativeInt()])),
});
export type HighlightedText = z.infer<typeof highlightedTextSchema>;

export const imageSchema = z.object({
  /** A size every browser shows; modern formats, where there are any, come in `sources`. */
  src: z.string(),
  alt: z.string(),
  width: positiveInt(),
  height: positiveInt(),
  /** A generated cover's drawing as WebP at several widths, as a srcset: `src` is its SVG, for the page's largest image. */
  srcset: z.optional(z.string()),
  /** For <picture>: each format with its widths, as a srcset, best format first. */
  sources: z.optional(z.array(z.object({ type: z.string(), srcset: z.string() }))),
  /** Plain text shown under the image, and whose photo it is: an editor's cover may have either. */
  caption: z.optional(nonEmpty()),
  credit: z.optional(nonEmpty()),
});
export type Image = z.infer<typeof imageSchema>;

export const forumSchema = z.object({
  slug: slugSchema,
  name: nonEmpty(),
  description: z.string(),
  articleCount: nonNegativeInt(),
});
export type Forum = z.infer<typeof forumSchema>;

export const topicSchema = forumSchema;
export type Topic = z.infer<typeof topicSchema>;

const taxonomyRefSchema = z.object({ slug: slugSchema, name: nonEmpty() });

/** The language of an article, and of the names and text of an answer. */
export const langSchema = z.enum(LANGS);

/** The same article in another language. */
export const translationSchema = z.object({ lang: langSchema, slug: slugSchema, title: nonEmpty() });
export type Translation = z.infer<typeof translationSchema>;

export const articleSummarySchema = z.object({
  slug: slugSchema,
  lang: langSchema,
  title: nonEmpty(),
  summary: z.string(),
  publishedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  author: z.string(),
  forum: taxonomyRefSchema,
  topics: z.array(taxonomyRefSchema),
  readingMinutes: positiveInt(),
  cover: imageSchema,
  /** Present only on search results: where the query matched. */
  match: z.optional(
    z.object({
      title: highlightedTextSchema,
      summary: highlightedTextSchema,
      excerpt: highlightedTextSchema,
    }),
  ),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = z.extend(z.omit(articleSummarySchema, { match: true }), {
  /** Sanitized at import; safe to render as HTML. */
  bodyHtml: z.string(),
  /** The editors' note on what an earlier version got wrong: plain text, never HTML. */
  correction: z.optional(nonEmpty()),
  related: z.array(articleSummarySchema),
  /** This article in the other languages it exists in. */
  translations: z.array(translationSchema),
});
export type Article = z.infer<typeof articleSchema>;

/**
 * GET /api/preview/:key: an article readers cannot see yet, as they will see
 * it. `draft` is never published; `scheduled` appears by itself at
 * publishedAt; `published` has appeared since the preview link was made.
 */
export const articlePreviewSchema = z.object({
  state: z.enum(['draft', 'scheduled', 'published']),
  article: articleSchema,
  /** The link-preview image chat apps and social networks will show. */
  cardSrc: z.string(),
});
export type ArticlePreview = z.infer<typeof articlePreviewSchema>;

export const sortSchema = z.enum(['newest', 'oldest', 'relevance']);

const positiveIntFromQuery = (name: string, max?: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .check(
      z.int(`${name} must be a whole number`),
      z.gte(1, `${name} must be 1 or more`),
      ...(max === undefined ? [] : [z.lte(max, `${name} must be at most ${max}`)]),
    );

/** A convention year in a query string: four digits, such as 2023. */
const yearFromQuery = z.pipe(
  z.string().check(z.regex(/^\d{4}$/, 'year must be a year of four digits, such as 2023')),
  z.transform(Number),
);

/** Every endpoint answers in one language: the articles' own, and the names of forums and topics. */
const langParam = z._default(z.enum(LANGS, { error: `lang must be ${LANGS.join(' or ')}` }), DEFAULT_LANG);

/** The query string of GET /api/articles/:slug. */
export const articleQuerySchema = z.object({ lang: langParam });

/** The query string of GET /api/articles; strings in, typed values out. */
export const articleListQuerySchema = z.object({
  lang: langParam,
  /** "all": a search that also finds articles in the other languages. */
  languages: z.optional(z.enum(['all'], { error: 'languages must be all, or left out' })),
  page: z._default(positiveIntFromQuery('page'), 1),
  pageSize: z._default(positiveIntFromQuery('pageSize', PAGE_SIZE_MAX), PAGE_SIZE_DEFAULT),
  forum: z.optional(z.string().check(z.maxLength(SLUG_MAX_LENGTH))),
  topic: z.optional(z.string().check(z.maxLength(SLUG_MAX_LENGTH))),
  /** The convention year: articles published that year, in Beijing time. */
  year: z.optional(yearFromQuery),
  q: z.optional(z.string().check(z.maxLength(QUERY_MAX_LENGTH, `q must be at most ${QUERY_MAX_LENGTH} characters`))),
  sort: z.optional(z.enum(sortSchema.options, { error: 'sort must be newest, oldest or relevance' })),
});
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

/**
 * Narrows the counts of GET /api/forums and GET /api/topics to the articles
 * that match these filters, so a forum page can show how many of its own
 * articles each topic has.
 */
export const taxonomyQuerySchema = z.pick(articleListQuerySchema, {
  lang: true,
  languages: true,
  forum: true,
  topic: true,
  year: true,
  q: true,
});
export type TaxonomyQuery = z.infer<typeof taxonomyQuerySchema>;

/**
 * Reads query parameters from a URL with a contract schema. Empty values count
 * as absent and unknown parameters (utm_source, ...) are ignored, as a shared
 * link may carry them.
 */
export function parseQueryParams<Schema extends z.ZodMiniObject>(schema: Schema, params: URLSearchParams) {
  const present: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '') present[key] = value.trim();
  }
  return z.safeParse(schema, present);
}

/**
 * What a search adds to a list or to its counts. Both fields are left out
 * when they do not apply.
 */
const searchOutcomeShape = {
  /**
   * The query that was searched instead of q: q had a word found in no
   * article, and this spelling of it, from the indexed words, finds some.
   */
  correctedQuery: z.optional(z.string()),
  /**
   * true when the search reached its time bound before reading every match:
   * the total and the counts are then estimates from the part it read, and
   * relevance order ranks the newest matches it read.
   */
  estimated: z.optional(z.literal(true)),
};

export const articleListSchema = z.object({
  items: z.array(articleSummarySchema),
  page: positiveInt(),
  pageSize: positiveInt(),
  total: nonNegativeInt(),
  totalPages: nonNegativeInt(),
  ...searchOutcomeShape,
});
export type ArticleList = z.infer<typeof articleListSchema>;

export const forumListSchema = z.object({ items: z.array(forumSchema), ...searchOutcomeShape });
export const topicListSchema = z.object({ items: z.array(topicSchema), ...searchOutcomeShape });

/** One convention year (edition) with how many articles match the filters in it. */
export const editionSchema = z.object({
  year: z.int().check(z.gte(1000), z.lte(9999)),
  articleCount: nonNegativeInt(),
});
export type Edition = z.infer<typeof editionSchema>;

/** GET /api/editions: the years that have articles in the language asked for, newest first. */
export const editionListSchema = z.object({ items: z.array(editionSchema), ...searchOutcomeShape });
export type EditionList = z.infer<typeof editionListSchema>;

/** RFC 9457 problem details. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  errors: z.optional(z.array(z.object({ field: z.string(), message: z.string() }))),
});
export type Problem = z.infer<typeof problemSchema>;

// The statuses the API itself answers with; the server's HTTP layer adds its own.
const PROBLEM_TITLES = { 400: 'Bad Request', 404: 'Not Found' } as const;

export function createProblem(
  status: keyof typeof PROBLEM_TITLES,
  detail: string,
  errors?: Problem['errors'],
): Problem {
  return { type: 'about:blank', title: PROBLEM_TITLES[status], status, detail, errors };
}

/** The 400 answer for parameters that failed articleListQuerySchema. */
export function invalidQueryProblem(error: z.core.$ZodError): Problem {
  const errors = error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  return createProblem(400, errors.map((entry) => entry.message).join('; '), errors);
}

type KnownTaxonomy = {
  hasForum(slug: string): boolean;
  hasTopic(slug: string): boolean;
  /** Whether any article, in any language, was published in this year. */
  hasYear(year: number): boolean;
};

/**
 * Reads list or count parameters the way every implementation of the API must:
 * a 400 for an invalid value, a 404 for a forum or topic that does not exist
 * or a year without articles.
 */
export function readFilteredQuery<Schema extends z.ZodMiniObject>(
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
  if (query.year !== undefined && !known.hasYear(query.year)) {
    return { problem: createProblem(404, `There are no articles from ${query.year}.`) };
  }
  return { query };
}
