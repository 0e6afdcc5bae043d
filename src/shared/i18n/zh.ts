import type { Messages } from './en.ts';

// 估计数保留两位有效数字，一万以上以“万”为单位，例如 41,237 写作“4.1万”。
const roughly = (count: number) =>
  new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 2 }).format(count);

// 中文界面文字。类型与英文目录相同，缺少任何一项都无法通过类型检查。
export const zh: Messages = {
  site: {
    name: '世界物联网大会新闻中心',
    tagline: '官方新闻发布平台，为您带来真实的第一手资讯',
    description: '世界物联网大会（WIOTC）官方新闻发布平台，为您带来真实的第一手资讯。',
    footer: '世界物联网大会（WIOTC）· 新闻中心',
  },
  titles: {
    latest: '最新新闻',
    withPage: (title, page) => `${title}，第${page}页`,
    narrowed: (name, narrowedBy) => `${name}：${narrowedBy}`,
    search: '搜索',
    searchFor: (q) => `搜索：${q}`,
    notFound: '页面不存在',
    about: '关于新闻中心',
    accessibility: '无障碍声明',
    edition: (year, ...filters) =>
      filters.length > 0 ? `${year}世界物联网大会：${filters.join('、')}` : `${year}世界物联网大会`,
  },
  nav: {
    skip: '跳到正文',
    forums: '论坛',
    latest: '最新',
    language: '语言：',
  },
  language: {
    untranslated: '您刚才阅读的文章暂无中文版，以下是最新新闻。',
    dismiss: '关闭',
    // 为浏览器首选英文的读者提供英文版，因此用英文书写。
    offer: { text: 'This page is also available in English.', accept: 'Read in English', dismiss: 'No, thanks' },
  },
  things: { page: '页面', article: '文章', forum: '论坛', topic: '话题' },
  errors: {
    couldNotLoad: (thing) => `无法加载该${thing}。`,
    news: '无法加载新闻。',
    network: '无法连接新闻服务，请检查网络连接。',
    timeout: '新闻服务响应超时。',
    server: '新闻服务出现问题，请稍后重试。',
    busy: '新闻服务当前繁忙，请稍后重试。',
    request: '新闻服务无法处理此请求。',
    contract: '服务器返回了无法识别的内容。',
    other: '加载内容时出错。',
    retry: '重试',
    pageHeading: '页面无法显示',
    pageText: '此页面出现错误，刷新页面通常可以解决。',
    reload: '刷新页面',
  },
  notFound: {
    text: (thing) => `找不到该${thing}。它可能已被移动，或链接有误。`,
    latest: '阅读最新新闻',
    search: '搜索新闻',
  },
  offline: {
    title: '您已离线。',
    text: '已打开过的文章仍可阅读，其余内容将在恢复联网后加载。',
  },
  home: {
    lead: '头条',
    topics: '按话题浏览',
    empty: '本页没有新闻。',
    toLatest: '查看最新新闻',
  },
  taxonomy: {
    forum: '论坛',
    topic: '话题',
    count: (count) => `共${count}篇文章`,
    countOn: (count, name) => `关于“${name}”的文章${count}篇`,
    empty: '这里还没有文章。',
    emptyOn: (name) => `这里还没有关于“${name}”的文章。`,
    showAll: '查看全部文章',
    narrowBy: { forum: '按论坛筛选', topic: '按话题筛选' },
    all: { forum: '全部论坛', topic: '全部话题' },
  },
  editions: {
    count: (count, ...filters) =>
      filters.length > 0 ? `关于“${filters.join('”和“')}”的文章${count}篇` : `共${count}篇文章`,
    dateLink: (year) => `，查看${year}世界物联网大会更多新闻`,
  },
  article: {
    loading: '正在加载文章……',
    related: '相关文章',
    topics: '话题',
    readingTime: (minutes) => `阅读约${minutes}分钟`,
    updated: '更新于',
    correction: '更正',
  },
  pagination: {
    label: '分页',
    status: (page, total) => `第${page}页，共${total}页`,
    statusAbout: (page, total) => `第${page}页，约${roughly(total)}页`,
    newer: '较新',
    older: '较早',
    pageOf: (page) => `的文章，第${page}页`,
    pagePrefix: '第',
    pageSuffix: '页',
  },
  search: {
    region: '站内搜索',
    label: '搜索新闻',
    submit: '搜索',
    pageLabel: '搜索全部新闻',
    results: (count, q) => `找到${count}条与“${q}”相关的结果`,
    resultsAbout: (count, q) => `找到约${roughly(count)}条与“${q}”相关的结果`,
    roughly,
    corrected: (missing, corrected) => [`没有文章包含“${missing}”。已为您显示“`, corrected, '”的搜索结果。'],
    busy: '搜索服务当前繁忙，正在重试…',
    sort: { label: '排序', relevance: '相关度', newest: '最新', oldest: '最早' },
    noMatch: (q) => `没有与“${q}”相关的文章。`,
    noMatchFiltered: (q) => `在当前筛选条件下，没有与“${q}”相关的文章。`,
    tip: '请检查输入是否有误，或换用更少、更通用的词语。',
    unfilter: '在全部论坛和话题中搜索',
    browse: '浏览最新新闻',
    invite: '输入词语或名称即可搜索全部文章，例如“智能电网”。',
    widen: '同时搜索英文文章',
    narrow: '只搜索中文文章',
  },
  footer: {
    label: '网站信息',
    feeds: '订阅',
    feed: '最新新闻订阅源',
    forumFeed: '本论坛订阅源',
    topicFeed: '本话题订阅源',
    sitemap: '网站地图',
    about: '关于新闻中心',
    accessibility: '无障碍',
  },
  byline: {
    by: (author) => `作者：${author}`,
  },
  filters: {
    chosen: (label, choice) => `${label}：${choice}`,
    count: (label, count) => `${label}（${count}）`,
    // “约”是一个字，读屏软件会直接读出，无需另配读出的文字。
    estimate: { sign: '约', spoken: '' },
  },
};
