import type * as z from 'zod/mini';
import { unknownFieldMessage } from './field-suggestions.ts';
import { type FrontMatter, coverSchema, frontMatterSchema } from './front-matter.ts';
import { unshowableInValue } from './unshowable-characters.ts';

export type FieldProblem = { field?: string; message: string };

const FIELDS = Object.keys(frontMatterSchema.shape) as (keyof FrontMatter)[];
// The fields known inside the fields that are objects themselves.
const NESTED_FIELDS: Record<string, readonly string[]> = { cover: Object.keys(coverSchema.shape) };

function toProblems(issue: z.core.$ZodIssue): FieldProblem[] {
  const at = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      field: at ? `${at}.${key}` : key,
      message: unknownFieldMessage(key, NESTED_FIELDS[at] ?? FIELDS),
    }));
  }
  return [{ field: at || undefined, message: issue.message }];
}

/**
 * A field holding fields of its own (the cover) whose only fault is an
 * unknown one among them, read without it: whether the cover image exists is
 * then checked in the same run.
 */
function knownPartOf(field: keyof FrontMatter, value: unknown, issues: z.core.$ZodIssue[]) {
  const known = NESTED_FIELDS[field];
  if (!known || typeof value !== 'object' || value === null) return undefined;
  if (!issues.every((issue) => issue.code === 'unrecognized_keys')) return undefined;
  const kept = Object.fromEntries(Object.entries(value).filter(([key]) => known.includes(key)));
  const parsed = frontMatterSchema.shape[field].safeParse(kept);
  return parsed.success ? parsed.data : undefined;
}

export type ReadFrontMatter = {
  /** Every field when all of them are right. */
  front?: FrontMatter;
  /** The fields that are right, for the checks that need only them. */
  fields: Partial<FrontMatter>;
  /** The fields given but wrong. */
  invalid: Set<string>;
  problems: FieldProblem[];
};

/**
 * Checks the front matter field by field, so that one wrong field neither
 * hides the others' problems nor the checks that need only the right ones.
 * After a YAML syntax error (`broken` holds its fields), the fields it may
 * have swallowed are not said to be missing: they may only be unreadable.
 * Give `broken` only when there was one.
 */
export function readFrontMatter(data: unknown, broken?: Set<string>): ReadFrontMatter {
  const record = data ?? {};
  if (typeof record !== 'object' || Array.isArray(record)) {
    return {
      fields: {},
      invalid: new Set(),
      problems: [{ message: 'the front matter must be fields, one "name: value" a line' }],
    };
  }
  const given = record as Record<string, unknown>;
  const problems: FieldProblem[] = Object.keys(given)
    .filter((key) => !FIELDS.includes(key as keyof FrontMatter))
    .map((key) => ({ field: key, message: unknownFieldMessage(key, FIELDS) }));
  const fields: Record<string, unknown> = {};
  const invalid = new Set<string>();
  for (const field of FIELDS) {
    if (broken && (broken.has(field) || !(field in given))) continue;
    const unshowable = unshowableInValue(given[field], field);
    if (unshowable.length > 0) {
      invalid.add(field);
      problems.push(...unshowable);
      continue;
    }
    const parsed = frontMatterSchema.shape[field].safeParse(given[field]);
    if (parsed.success) {
      fields[field] = parsed.data;
      continue;
    }
    invalid.add(field);
    for (const issue of parsed.error.issues) problems.push(...toProblems({ ...issue, path: [field, ...issue.path] }));
    const withoutUnknown = knownPartOf(field, given[field], parsed.error.issues);
    if (withoutUnknown !== undefined) fields[field] = withoutUnknown;
  }
  if (broken || invalid.size > 0) return { fields: fields as Partial<FrontMatter>, invalid, problems };

  // What concerns several fields at once is checked once each is right.
  const whole = frontMatterSchema.safeParse(given);
  if (!whole.success) problems.push(...whole.error.issues.flatMap(toProblems));
  return { front: whole.data, fields: whole.data ?? (fields as Partial<FrontMatter>), invalid, problems };
}
