import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './content-problem.ts';

const ARTICLES = 'articles';
const MARKDOWN = /\.(?:md|markdown|mdown|mkdn|mkd|mdx)$/i;
const IMAGE = /\.(?:jpe?g|png|webp|avif|svg|gif)$/i;

/** Why a file in the articles folder is not imported, or undefined when it is. */
function reasonToSkip(name: string): string | undefined {
  if (name.toLowerCase() === 'readme.md') return 'a README is notes for editors, not an article';
  if (name.endsWith('.md')) return undefined;
  if (MARKDOWN.test(name)) {
    return `only files ending in .md are imported: rename it to ${name.replace(/\.[^.]+$/, '.md')}`;
  }
  if (IMAGE.test(name)) return 'images are not imported from here: put covers in content/covers/';
  return 'not an article: only files ending in .md are imported';
}

/**
 * The article files of a content folder, as sorted paths relative to it,
 * and the files an editor may have meant as articles that the import leaves
 * out, each with the reason. Hidden files and folders (.git, .DS_Store) are
 * nobody's article and are passed over in silence.
 */
export function listArticleFiles(contentDir: string): { files: string[]; skipped: ContentProblem[] } {
  const files: string[] = [];
  const skipped: ContentProblem[] = [];
  const entries = readdirSync(contentDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.relative(contentDir, path.join(entry.parentPath, entry.name));
    const parts = file.split(path.sep);
    if (parts.some((part) => part.startsWith('.'))) continue;
    if (parts[0] === ARTICLES && parts.length > 1) {
      const reason = reasonToSkip(entry.name);
      if (reason) skipped.push({ file, message: `skipped: ${reason}` });
      else files.push(file);
    } else if (MARKDOWN.test(entry.name) && entry.name.toLowerCase() !== 'readme.md') {
      skipped.push({ file, message: `skipped: articles are read only from content/${ARTICLES}/: move it there` });
    }
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: files.sort(), skipped };
}
