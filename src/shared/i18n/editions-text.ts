import type { Lang } from '../languages.ts';

// The text of the convention years' list and pages, which only the home and
// edition pages show: it loads with their code rather than with the interface
// catalogs every page loads. The server writes the description too.

const en = {
  kind: 'Convention year',
  browse: 'Browse by convention year',
  description: (year: number) => `News from the World Internet of Things Convention ${year}.`,
  empty: 'No articles from this convention match these filters.',
  showAll: 'Show all of this year’s articles',
};

const zh: typeof en = {
  kind: '大会年份',
  browse: '按大会年份浏览',
  description: (year) => `${year}世界物联网大会的新闻。`,
  empty: '本届大会没有符合这些筛选条件的文章。',
  showAll: '查看本届全部文章',
};

export type EditionsText = typeof en;

export const EDITIONS_TEXT: Record<Lang, EditionsText> = { en, zh };
