import type { Lang } from '../../src/shared/languages.ts';
import { pagePath } from '../../src/shared/pages.ts';

/** The feed of a forum's, topic's or year's articles in one language: its page's path plus /feed.xml. */
export const feedPath = (kind: 'forum' | 'topic' | 'edition', slug: string, lang: Lang) =>
  `${pagePath(kind, { [kind === 'edition' ? 'year' : kind]: slug }, lang)}/feed.xml`;
