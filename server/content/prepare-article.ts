import path from 'node:path';
import { beijingYear } from '../../src/shared/beijing-time.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { SLUG_MAX_LENGTH, SLUG_RULE, isSlug } from '../../src/shared/slug.ts';
import type { ContentProblem } from './content-problem.ts';
import { frontMatterSchema } from './front-matter.ts';
import { type MediaFile, type PreparedCover, generateCover, loadCover } from './prepare-cover.ts';
import { readTextFile } from './read-text-file.ts';
import { bodyPlainText, readingMinutes, renderBodyHtml } from './render-body.ts';
import { splitFrontMatter } from './split-front-matter.ts';

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
  updatedAt: string;
  author: string;
  forum: string;
  topics: string[];
  bodyHtml: string;
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
 * Reads, validates and renders one article file. Returns undefined and adds
 * to `problems` when anything in it is wrong, reporting every field at once.
 */
export async function prepareArticle(
  contentDir: string,
  file: string,
  known: KnownSlugs,
  problems: ContentProblem[],
): Promise<PreparedArticle | undefined> {
  const report = (message: string, field?: string) => problems.push({ file, field, message });
  const read = readTextFile(path.join(contentDir, file));
  if (!read.ok) return void report(read.message);
  const split = splitFrontMatter(read.text);
  if (!split.ok) return void report(split.message);

  const parsed = frontMatterSchema.safeParse(split.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.message, issue.path.join('.') || undefined);
    return undefined;
  }
  const front = parsed.data;
  const problemsBefore = problems.length;

  const slug = front.slug ?? slugFromFileName(file);
  if (!isSlug(slug)) {
    report(`"${slug}" is not a valid slug: ${SLUG_RULE}, at most ${SLUG_MAX_LENGTH} characters`, 'slug');
  }
  if (!known.forums.has(front.forum)) report(`unknown forum "${front.forum}"; add it to forums.yaml first`, 'forum');
  for (const topic of front.topics) {
    if (!known.topics.has(topic)) report(`unknown topic "${topic}"; add it to topics.yaml first`, 'topics');
  }
  const bodyHtml = renderBodyHtml(split.body);
  const bodyText = bodyPlainText(bodyHtml);
  if (bodyText === '') report('the body is empty (after removing unsafe markup)', 'body');

  let cover: PreparedCover = generateCover(slug, front.forum);
  if (front.cover) {
    const loaded = await loadCover(contentDir, front.cover.image, front.cover.alt);
    if (loaded.ok) cover = loaded.cover;
    else report(loaded.message, 'cover.image');
  }
  if (problems.length > problemsBefore) return undefined;

  return {
    sourceFile: file,
    slug,
    lang: front.lang,
    translationOf: front.translationOf,
    title: front.title,
    summary: front.summary,
    publishedAt: front.published,
    year: beijingYear(front.published),
    updatedAt: front.updated ?? front.published,
    author: front.author,
    forum: front.forum,
    topics: [...new Set(front.topics)],
    bodyHtml,
    bodyText,
    readingMinutes: readingMinutes(bodyText),
    cover,
  };
}
