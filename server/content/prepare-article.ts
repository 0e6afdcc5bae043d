import path from 'node:path';
import { beijingYear } from '../../src/shared/beijing-time.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { SLUG_MAX_LENGTH, SLUG_RULE, isSlug } from '../../src/shared/slug.ts';
import type { ArticleIdentity } from './article-identity.ts';
import type { ContentProblem } from './content-problem.ts';
import { unknownEntryMessage } from './field-suggestions.ts';
import { loadBodyImages } from './body-images.ts';
import { type ImageProcessor, createImageProcessor } from './image-processor.ts';
import { type PreparedCover, generateCover, loadCover } from './prepare-cover.ts';
import type { MediaFile, ProcessedImage } from './processed-image.ts';
import { readFrontMatter } from './read-front-matter.ts';
import { readTextFile } from './read-text-file.ts';
import { bodyPlainText, readingMinutes, renderBody } from './render-body.ts';
import { splitFrontMatter } from './split-front-matter.ts';
import { unshowableInBody } from './unshowable-characters.ts';

export type PreparedArticle = {
  sourceFile: string;
  slug: string;
  lang: Lang;
  /** The slug of the article, in another language, that this one translates. */
  translationOf?: string;
  title: string;
  summary: string;
  publishedAt: string;
  /** The convention year: the year of publication in Beijing time. */
  year: number;
  /** See updatedAt() below. */
  updatedAt: string;
  /** A note on what an earlier version got wrong, as plain text. */
  correction?: string;
  /** Checked, not published. */
  draft: boolean;
  author: string;
  forum: string;
  topics: string[];
  bodyHtml: string;
  /** The images in the body, as bodyHtml shows them. */
  bodyImages: ProcessedImage[];
  bodyText: string;
  readingMinutes: number;
  cover: PreparedCover;
  /** The link-preview image, added once the whole content is known to be valid. */
  card?: MediaFile;
};

export type KnownSlugs = { forums: Set<string>; topics: Set<string> };

/** A file named 2023-11-20-some-title.md, or a translation named 2023-11-20-some-title.zh.md, gets the slug some-title. */
export function slugFromFileName(file: string): string {
  return path
    .basename(file, '.md')
    .replace(/^\d{4}-\d{2}-\d{2}-/, '')
    .replace(/\.[a-z]{2}$/, '')
    .toLowerCase();
}

/**
 * The editor's `updated` when there is one; otherwise the last committed
 * change to the file after it was added (see last-changes.ts), if that came
 * after publication; otherwise the publication date.
 */
function updatedAt(published: string, updated: string | undefined, lastChangedAt: string | undefined): string {
  if (updated !== undefined) return updated;
  return lastChangedAt !== undefined && Date.parse(lastChangedAt) > Date.parse(published) ? lastChangedAt : published;
}

/**
 * An article file once read: what the checks across files need, the article
 * if nothing in it is wrong, and warnings, which do not stop the import.
 */
export type PreparedFile = { identity?: ArticleIdentity; article?: PreparedArticle; warnings?: ContentProblem[] };

/**
 * Reads, validates and renders one article file, reporting every problem in
 * it to `problems`: a wrong field does not stop the checks of the others, nor
 * those of the body and the cover. The identity is left out when the file's
 * address cannot be read with certainty.
 */
export async function prepareArticle(
  contentDir: string,
  file: string,
  known: KnownSlugs,
  problems: ContentProblem[],
  lastChangedAt?: string,
  images: ImageProcessor = createImageProcessor(),
): Promise<PreparedFile> {
  const problemsBefore = problems.length;
  const report = (message: string, field?: string) => problems.push({ file, field, message });
  const read = readTextFile(path.join(contentDir, file));
  if (!read.ok) {
    report(read.message);
    return {};
  }
  const split = splitFrontMatter(read.text);
  if (!split.ok) {
    report(split.message);
    return {};
  }
  for (const problem of split.yamlProblems) report(problem.message, problem.field);
  const yamlBroken = split.yamlProblems.length > 0;
  const {
    front,
    fields,
    invalid,
    problems: fieldProblems,
  } = readFrontMatter(split.data, yamlBroken ? split.brokenFields : undefined);
  for (const problem of fieldProblems) report(problem.message, problem.field);

  const slug = invalid.has('slug') ? undefined : (fields.slug ?? slugFromFileName(file));
  if (slug !== undefined && !isSlug(slug)) {
    report(`"${slug}" is not a valid slug: ${SLUG_RULE}, at most ${SLUG_MAX_LENGTH} characters`, 'slug');
  }
  if (fields.forum !== undefined && !known.forums.has(fields.forum)) {
    report(unknownEntryMessage('forum', fields.forum, known.forums), 'forum');
  }
  for (const topic of fields.topics ?? []) {
    if (!known.topics.has(topic)) report(unknownEntryMessage('topic', topic, known.topics), 'topics');
  }
  const { published, updated } = fields;
  if (published !== undefined && updated !== undefined && Date.parse(updated) < Date.parse(published)) {
    report('the update comes before the publication: check both dates', 'updated');
  }
  const bodyImages = await loadBodyImages(
    split.body,
    { contentDir, articleDir: path.dirname(path.join(contentDir, file)), firstLine: split.bodyStartLine },
    images,
    (message) => report(message, 'body'),
  );
  const body = renderBody(split.body, { figureFor: bodyImages.figureFor, articleLang: fields.lang });
  const bodyHtml = body.html;
  const warnings = body.problems.map(({ line, message }) => ({
    file,
    field: 'body',
    message: `line ${split.bodyStartLine + line - 1}: ${message}`,
  }));
  for (const message of unshowableInBody(split.body, bodyHtml, split.bodyStartLine)) report(message, 'body');
  const bodyText = bodyPlainText(bodyHtml);
  if (bodyText === '') report('the body is empty (after removing unsafe markup)', 'body');

  let ownCover: PreparedCover | undefined;
  if (fields.cover) {
    const loaded = await loadCover(contentDir, fields.cover, images);
    if (loaded.ok) ownCover = loaded.cover;
    else report(loaded.message, 'cover.image');
  }

  const identity =
    !yamlBroken && slug !== undefined && isSlug(slug) && fields.lang !== undefined && !invalid.has('translationOf')
      ? { lang: fields.lang, slug, translationOf: fields.translationOf, formerSlugs: fields.formerSlugs ?? [] }
      : undefined;
  if (problems.length > problemsBefore || !front || !identity) return { identity, warnings };
  const cover = ownCover ?? generateCover(identity.slug, front.forum);

  return {
    identity,
    warnings,
    article: {
      sourceFile: file,
      slug: identity.slug,
      lang: front.lang,
      translationOf: front.translationOf,
      title: front.title,
      summary: front.summary,
      publishedAt: front.published,
      year: beijingYear(front.published),
      updatedAt: updatedAt(front.published, front.updated, lastChangedAt),
      correction: front.correction,
      // A file in a drafts/ folder is a draft too, as editors used to other tools expect.
      draft: front.draft || path.dirname(file).split(/[\\/]/).includes('drafts'),
      author: front.author,
      forum: front.forum,
      topics: [...new Set(front.topics)],
      bodyHtml,
      bodyImages: bodyImages.images,
      bodyText,
      readingMinutes: readingMinutes(bodyText),
      cover,
    },
  };
}
