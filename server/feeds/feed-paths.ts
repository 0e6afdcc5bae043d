import type { Lang } from '../../src/shared/languages.ts';
import { pagePath } from '../../src/shared/pages.ts';

/** The feed of a forum's or topic's articles in one language: its page's path plus /feed.xml. */
export const feedPath = (kind: 'forum' | 'topic', slug: string, lang: Lang) =>
  `${pagePath(kind, { [kind]: slug }, lang)}/feed.xml`;
