import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { taxonomyFileSchema } from './front-matter.ts';
import type { ContentProblem } from './content-problem.ts';
import { readTextFile } from './read-text-file.ts';
import { unshowableInValue } from './unshowable-characters.ts';
import { readYamlValues } from './yaml-values.ts';
import type { Lang } from '../../src/shared/languages.ts';

export type TaxonomyNames = { name: string; description: string };
export type TaxonomyEntry = { slug: string; position: number; names: Record<Lang, TaxonomyNames> };

/** Reads forums.yaml or topics.yaml: display names and descriptions in each language, keyed by slug. */
export function loadTaxonomy(contentDir: string, fileName: string, problems: ContentProblem[]): TaxonomyEntry[] {
  const read = readTextFile(path.join(contentDir, fileName));
  if (!read.ok) {
    problems.push({ file: fileName, message: read.message });
    return [];
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(read.text, { lineCounter });
  if (document.errors.length > 0) {
    problems.push({ file: fileName, message: `invalid YAML: ${document.errors[0].message.split('\n')[0]}` });
    return [];
  }
  const values = readYamlValues(document, (offset) => lineCounter.linePos(offset).line);
  const unshowable = unshowableInValue(values.data);
  const parsed = taxonomyFileSchema.safeParse(values.data ?? {});
  // A field with a character that cannot be shown is reported for that alone, not as too long as well.
  const schemaProblems = parsed.success
    ? []
    : parsed.error.issues
        .map((issue) => ({ field: issue.path.join('.') || undefined, message: issue.message }))
        .filter(({ field }) => !unshowable.some((problem) => problem.field === field));
  const found = [...values.problems, ...unshowable, ...schemaProblems];
  if (found.length > 0 || !parsed.success) {
    problems.push(...found.map((problem) => ({ file: fileName, ...problem })));
    return [];
  }
  return Object.entries(parsed.data).map(([slug, { name, description, zh }], position) => ({
    slug,
    position,
    names: { en: { name, description }, zh },
  }));
}
