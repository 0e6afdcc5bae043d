import { LANGS } from '../../src/shared/languages.ts';
import type { ArticleIdentity, FiledIdentity } from './article-identity.ts';
import type { ContentProblem } from './content-problem.ts';
import type { PreparedArticle } from './prepare-article.ts';

/** An article with the group of translations it belongs to: its original's language and slug. */
export type LinkedArticle = PreparedArticle & { translationGroup: string };

const keyOf = ({ lang, slug }: ArticleIdentity) => `${lang}/${slug}`;

/**
 * Checks what only the whole content can tell: slugs are unique within a
 * language, and every translation points at an original in another language
 * that has at most one translation per language. A slug shared across
 * languages is only allowed between an article and its translation, so a
 * reader switching language never lands on an unrelated story. Returns each
 * linked file's translation group.
 */
export function linkTranslations(filed: FiledIdentity[], problems: ContentProblem[]): Map<string, string> {
  const byKey = new Map<string, FiledIdentity>();
  for (const entry of filed) {
    const other = byKey.get(keyOf(entry.article));
    if (other) {
      const { slug, lang } = entry.article;
      const where = lang === 'en' ? '' : ` among the ${lang} articles`;
      problems.push({ file: entry.file, field: 'slug', message: `the slug "${slug}" is already used${where} by ${other.file}` });
    } else byKey.set(keyOf(entry.article), entry);
  }
  const unique = [...byKey.values()];
  const inOtherLanguage = (slug: string, lang: string) =>
    LANGS.filter((other) => other !== lang).flatMap((other) => byKey.get(`${other}/${slug}`) ?? []);

  // Each article's original: itself, or the article its translationOf names.
  const originals = new Map<FiledIdentity, FiledIdentity>();
  for (const entry of unique) {
    const { translationOf, lang } = entry.article;
    if (translationOf === undefined) {
      originals.set(entry, entry);
      continue;
    }
    const report = (message: string) => problems.push({ file: entry.file, field: 'translationOf', message });
    const [target] = inOtherLanguage(translationOf, lang);
    if (!target) {
      const renamed = unique.find(
        (other) => other.article.lang !== lang && other.article.formerSlugs.includes(translationOf),
      );
      // A translation that keeps its original's slug finds itself under that slug.
      const sameLanguage = byKey.get(`${lang}/${translationOf}`);
      report(
        renamed
          ? `"${translationOf}" is now "${renamed.article.slug}" (${renamed.file}): use translationOf: ${renamed.article.slug}`
          : sameLanguage && sameLanguage !== entry
            ? `"${translationOf}" is in the same language (${lang}); a translation points at an article in another language`
            : `there is no article "${translationOf}" in another language to translate`,
      );
    } else if (target.article.translationOf !== undefined) {
      report(
        `"${translationOf}" (${target.file}) is itself a translation of "${target.article.translationOf}"; point at the original`,
      );
    } else originals.set(entry, target);
  }

  // One version per language of each original.
  const versions = new Map<string, FiledIdentity>();
  for (const [entry, original] of originals) {
    const version = `${keyOf(original.article)}>${entry.article.lang}`;
    const other = versions.get(version);
    if (other) {
      const files = [other.file, entry.file].sort();
      problems.push({
        file: entry.file,
        field: 'translationOf',
        message: `${files[0]} and ${files[1]} both translate "${original.article.slug}" into ${entry.article.lang}; keep one`,
      });
    } else versions.set(version, entry);
  }

  for (const entry of unique) {
    const original = originals.get(entry);
    const { slug, lang } = entry.article;
    // Reported on the later language's file, once per pair.
    for (const other of inOtherLanguage(slug, lang).filter((o) => LANGS.indexOf(o.article.lang) < LANGS.indexOf(lang))) {
      const otherOriginal = originals.get(other);
      if (!original || !otherOriginal || original === otherOriginal) continue;
      problems.push({
        file: entry.file,
        field: 'slug',
        message:
          `the slug "${slug}" is already used by ${other.file}, which this article does not translate; ` +
          `add translationOf: ${slug} or choose another slug`,
      });
    }
  }

  return new Map([...originals].map(([{ file }, original]) => [file, keyOf(original.article)]));
}
