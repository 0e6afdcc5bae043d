import { en } from '../../src/shared/i18n/en.ts';
import { zh } from '../../src/shared/i18n/zh.ts';
import type { LoadedContent } from './load-content.ts';
import { openPreviousMedia } from './previous-media.ts';
import { renderSocialCard, socialCardPath } from './social-card.ts';

const CONCURRENT_CARDS = 4;

const SITE_NAMES = { en: en.site.name, zh: zh.site.name };

/**
 * Gives every article its 1200×630 preview card, in the article's language. A
 * card whose article, forum name and cover are unchanged is copied from the
 * previous database.
 */
export async function attachSocialCards(content: LoadedContent, previousDatabase: string) {
  const forums = new Map(content.forums.map((forum) => [forum.slug, forum.names]));
  const previous = openPreviousMedia(previousDatabase);
  let rendered = 0;
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
          data = await renderSocialCard(article.cover.media.data, article.title, forumName, siteName);
          rendered += 1;
        }
        article.card = { path, mime: 'image/jpeg', data };
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_CARDS }, worker));
  } finally {
    previous.close();
  }
  return { rendered, reused: content.articles.length - rendered };
}
