import path from 'node:path';
import { parseDocument } from 'yaml';
import { taxonomyFileSchema } from './front-matter.ts';
import type { ContentProblem } from './content-problem.ts';
import { readTextFile } from './read-text-file.ts';
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
  const document = parseDocument(read.text);
  if (document.errors.length > 0) {
    problems.push({ file: fileName, message: `invalid YAML: ${document.errors[0].message.split('\n')[0]}` });
    return [];
  }
  const parsed = taxonomyFileSchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file: fileName, field: issue.path.join('.') || undefined, message: issue.message });
    }
    return [];
  }
  return Object.entries(parsed.data).map(([slug, { name, description, zh }], position) => ({
    slug,
    position,
    names: { en: { name, description }, zh },
  }));
}
