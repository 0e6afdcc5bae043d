import path from 'node:path';
import { DEFAULT_LANG, LANGS, type Lang } from '../../src/shared/languages.ts';
import { type ContentProblem, formatProblem } from '../content/content-problem.ts';
import { type TaxonomyEntry, loadTaxonomy } from '../content/load-taxonomy.ts';
import type { AdminBackend } from './admin-backend.ts';
import { type Choice, articleFields, requiredGroups } from './cms-fields.ts';

// The web editor's configuration (Decap CMS's config.yml), made from the
// content itself on every request: a forum added to forums.yaml is offered at
// once. Paths are relative to the folder that holds content/, the root of the
// Git repository (and of decap-server's GIT_REPO_DIRECTORY).

/** The language of the editor's own buttons and messages: English, with "Save" for Decap's "Publish". */
export const CMS_LOCALE = 'en-wiotc';

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', zh: 'Chinese (中文)' };

export class CmsConfigError extends Error {
  override name = 'CmsConfigError';
}

const collectionName = (lang: Lang) => (lang === DEFAULT_LANG ? 'articles' : `articles-${lang}`);

/** The editor's article collections, one a language. */
export const ARTICLE_COLLECTIONS = LANGS.map(collectionName);

/** The groups of fields that the editor checks on saving (see requiredGroups), the same in every language. */
export const ARTICLE_GROUPS = requiredGroups(articleFields({ lang: DEFAULT_LANG, forums: [], topics: [] }));

function choices(entries: TaxonomyEntry[], lang: Lang): Choice[] {
  return entries.map(({ slug, names }) => ({ label: names[lang].name, value: slug }));
}

function articleCollection(contentFolder: string, lang: Lang, forums: TaxonomyEntry[], topics: TaxonomyEntry[]) {
  const isDefault = lang === DEFAULT_LANG;
  const folder = isDefault ? `${contentFolder}/articles` : `${contentFolder}/articles/${lang}`;
  const covers = `${contentFolder}/covers`;
  // The file names the import expects: 2023-11-20-some-title.md, or 2023-11-20-some-slug.zh.md in articles/zh/.
  const datePrefix = "{{fields.published | date('YYYY-MM-DD')}}";
  return {
    name: collectionName(lang),
    label: `Articles in ${LANGUAGE_NAMES[lang]}`,
    label_singular: `article in ${LANGUAGE_NAMES[lang]}`,
    folder,
    extension: isDefault ? 'md' : `${lang}.md`,
    format: 'yaml-frontmatter',
    // A picture in the text is named from the article's folder (../covers/port.jpg), as the import reads it.
    media_folder: `/${covers}`,
    public_folder: path.posix.relative(folder, covers),
    create: true,
    slug: isDefault ? `${datePrefix}-{{slug}}` : `${datePrefix}-{{fields.slug}}`,
    summary: "{{title}}{{draft | ternary(' (draft)', '')}}",
    sortable_fields: ['published', 'title'],
    view_filters: [{ label: 'Drafts', field: 'draft', pattern: true }],
    fields: articleFields({ lang, forums: choices(forums, lang), topics: choices(topics, lang) }),
  };
}

/** The configuration for `backend`, from the content folder as it is now; throws a CmsConfigError naming what is wrong. */
export function cmsConfig(contentDir: string, backend: AdminBackend) {
  const problems: ContentProblem[] = [];
  const forums = loadTaxonomy(contentDir, 'forums.yaml', problems);
  const topics = loadTaxonomy(contentDir, 'topics.yaml', problems);
  if (problems.length > 0) throw new CmsConfigError(problems.map(formatProblem).join('\n'));
  const contentFolder = path.basename(contentDir);
  return {
    backend,
    locale: CMS_LOCALE,
    // Pictures, covers and those in the text alike, go where the import reads covers.
    media_folder: `${contentFolder}/covers`,
    // Addresses in plain Latin letters, as the portal's slugs are.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: LANGS.map((lang) => articleCollection(contentFolder, lang, forums, topics)),
  };
}
