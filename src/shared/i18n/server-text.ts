import type { Lang } from '../languages.ts';

// Text only the server writes: the titles of a page's feeds, the descriptions
// of pages whose text the browser does not repeat (link previews, search
// engines), and the page it sends when it has more readers than it can serve
// at once. Kept out of the interface catalogs every page loads.

const en = {
  feeds: {
    latest: 'WIOTC News Center: latest news',
    of: (name: string) => `WIOTC News Center: ${name}`,
  },
  descriptions: {
    search: 'Search every article of the WIOTC News Center.',
    about: 'Who runs the WIOTC News Center, what it publishes and how to reach it.',
    accessibility:
      'How the WIOTC News Center is tested for accessibility, its known limits and how to report a problem.',
  },
  busy: {
    title: 'Very busy right now',
    text: 'Many readers are here at once. This page loads again by itself in a moment.',
  },
};

const zh: typeof en = {
  feeds: {
    latest: '世界物联网大会新闻中心：最新新闻',
    of: (name) => `世界物联网大会新闻中心：${name}`,
  },
  descriptions: {
    search: '搜索世界物联网大会新闻中心的全部文章。',
    about: '世界物联网大会新闻中心由谁运营、发布什么内容以及如何联系我们。',
    accessibility: '世界物联网大会新闻中心如何进行无障碍测试、已知的局限以及如何报告问题。',
  },
  busy: {
    title: '当前访问量很大',
    text: '同时访问的读者很多。本页面稍后会自动重新加载。',
  },
};

export type ServerText = typeof en;

export const SERVER_TEXT: Record<Lang, ServerText> = { en, zh };
