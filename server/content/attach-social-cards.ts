import { en } from '../../src/shared/i18n/en.ts';
import { zh } from '../../src/shared/i18n/zh.ts';
import type { ContentProblem } from './content-problem.ts';
import type { LoadedContent } from './load-content.ts';
import type { LinkedArticle } from './link-translations.ts';
import { openPreviousMedia } from './previous-media.ts';
import { renderSocialCard, socialCardPath } from './social-card.ts';

const CONCURRENT_CARDS = 4;

const SITE_NAMES = { en: en.site.name, zh: zh.site.name };

/**
 * The text on a card is made safe to draw (social-card.ts), so a card that
 * cannot be drawn is the picture's fault: the editor's cover, where there is one.
 */
function cardProblem(article: LinkedArticle, error: unknown): ContentProblem {
  return {
    file: article.sourceFile,
    field: article.cover.processed ? 'cover.image' : undefined,
    message: `the preview card cannot be drawn: ${(error as Error).message}`,
  };
}

/**
 * Gives every article its 1200×630 preview card, in the article's language. A
 * card whose article, forum name and cover are unchanged is copied from the
 * previous database. A card that cannot be drawn is a problem of its article.
 */
export async function attachSocialCards(content: LoadedContent, previousDatabase: string) {
  const forums = new Map(content.forums.map((forum) => [forum.slug, forum.names]));
  const previous = openPreviousMedia(previousDatabase);
  let rendered = 0;
  const problems: ContentProblem[] = [];
  try {
    const queue = [...content.articles];
    // sharp works on libuv's thread pool, so a few cards are drawn at once.
    const worker = async () => {
      for (let article = queue.shift(); article; article = queue.shift()) {
        const forumName = forums.get(article.forum)?.[article.lang].name ?? article.forum;
        const siteName = SITE_NAMES[article.lang];
        const path = socialCardPath({ ...article, forumName, siteName, coverPath: article.cover.media.path });
        let data = previous.get(path);
        if (!data) {
          try {
            data = await renderSocialCard(article.cover.media.data, article.title, forumName, siteName);
          } catch (error) {
            problems.push(cardProblem(article, error));
            continue;
          }
          rendered += 1;
        }
        article.card = { path, mime: 'image/jpeg', data };
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_CARDS }, worker));
  } finally {
    previous.close();
  }
  // In the order of the files, whichever card was drawn first.
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { rendered, reused: content.articles.length - rendered - problems.length, problems };
}
