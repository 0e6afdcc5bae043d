import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

type Names = { name: string; description?: string };
export type TaxonomyFile = Record<string, Names & { zh: Names }>;

/** Changes forums.yaml or topics.yaml of a content folder, the way an editor would. */
export function editTaxonomy(
  contentDir: string,
  file: 'forums.yaml' | 'topics.yaml',
  change: (entries: TaxonomyFile) => void,
) {
  const at = path.join(contentDir, file);
  const entries = parse(readFileSync(at, 'utf8')) as TaxonomyFile;
  change(entries);
  writeFileSync(at, stringify(entries));
}
