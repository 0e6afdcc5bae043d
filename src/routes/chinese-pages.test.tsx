import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../test/render-route.tsx';

// Words of three or more Latin letters: on a Chinese page only names may have them.
const latinWords = (text: string) => text.match(/[A-Za-z]{3,}/g) ?? [];
const NAMES = ['WIOTC', 'English', 'Facebook'];

describe('the Chinese pages', () => {
  // A reader whose browser prefers Chinese, so nothing offers the English page.
  beforeEach(() => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN', 'zh']);
  });

  it('shows the latest Chinese news, with Chinese navigation, dates and reading times', async () => {
    renderRoute('/zh/');
    expect(await screen.findByRole('heading', { level: 1, name: '最新新闻' })).toBeVisible();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: /世界物联网大会新闻中心/ })).toHaveAttribute('href', '/zh/');
    expect(within(banner).getByRole('search', { name: '站内搜索' })).toHaveAttribute('action', '/zh/search');
    const forums = within(banner).getByRole('navigation', { name: '论坛' });
    expect(within(forums).getByRole('link', { name: '最新' })).toHaveAttribute('href', '/zh/');
    expect(await within(forums).findByRole('link', { name: '能源分论坛' })).toHaveAttribute(
      'href',
      '/zh/forums/energy-session',
    );
    expect(screen.getByRole('link', { name: '跳到正文' })).toHaveAttribute('href', '#main');

    const lead = await screen.findByRole('region', { name: '头条' });
    expect(within(lead).getByRole('link', { name: '北京青少年物联网创新营开营' })).toHaveAttribute(
      'href',
      '/zh/news/beijing-youth-iot-camp',
    );
    expect(within(lead).getByText('2024年11月21日 16:00')).toHaveAttribute('datetime', '2024-11-21T16:00:00+08:00');
    expect(within(lead).getByText(/^阅读约\d+分钟$/)).toBeVisible();
    expect(within(lead).getByRole('link', { name: '开幕式' })).toHaveAttribute('href', '/zh/forums/opening-ceremony');
    expect(within(lead).getByRole('link', { name: '智慧城市' })).toHaveAttribute('href', '/zh/topics/smart-cities');
    expect(screen.getByRole('navigation', { name: '按话题浏览' })).toBeInTheDocument();

    expect(latinWords(document.body.textContent ?? '').filter((word) => !NAMES.includes(word))).toEqual([]);
    await waitFor(() => expect(document.title).toBe('世界物联网大会新闻中心'));
  });

  it('shows a Chinese forum with its Chinese name, count and articles', async () => {
    renderRoute('/zh/forums/energy-session');
    expect(await screen.findByRole('heading', { level: 1, name: '能源分论坛' })).toBeVisible();
    expect(screen.getByText('论坛')).toHaveClass('page-header__kind');
    expect(screen.getByText('智能电网、可再生能源与能源转型。')).toBeVisible();
    expect(await screen.findByText('共1篇文章')).toBeVisible();
    const [card] = screen.getAllByRole('article');
    expect(within(card).getByRole('link', { name: '电网运营商同意共享停电数据' })).toHaveAttribute(
      'href',
      '/zh/news/grid-operators-share-outage-data',
    );
    const chips = screen.getByRole('navigation', { name: '按话题筛选' });
    expect(within(chips).getByRole('link', { name: '全部话题' })).toHaveAttribute('href', '/zh/forums/energy-session');
    expect(await within(chips).findByRole('link', { name: '标准 (1)' })).toHaveAttribute(
      'href',
      '/zh/forums/energy-session?topic=standards',
    );
    expect(latinWords(document.body.textContent ?? '').filter((word) => !NAMES.includes(word))).toEqual([]);
    await waitFor(() => expect(document.title).toBe('能源分论坛 · 世界物联网大会新闻中心'));
  });

  it('shows a Chinese article in Beijing time, with a link to its English original', async () => {
    renderRoute('/zh/news/convention-2023-opens-in-beijing');
    expect(await screen.findByRole('heading', { level: 1, name: '2023世界物联网大会在北京开幕' })).toBeVisible();
    const [article] = screen.getAllByRole('article', { busy: false });
    expect(within(article).getByText('2023年11月20日 09:00')).toHaveAttribute('datetime', '2023-11-20T09:00:00+08:00');
    expect(within(article).getAllByRole('list', { name: '话题' })[0]).toBeInTheDocument();
    expect(await screen.findByText(/联合国秘书长古特雷斯向大会发表书面致辞/)).toBeVisible();
    // The share bar's code loads after the page's (at once here: jsdom has no IntersectionObserver).
    const share = await screen.findByRole('region', { name: '分享本文' });
    expect(await within(share).findByRole('button', { name: '复制链接' })).toBeVisible();
    expect(within(share).getByRole('button', { name: '微信' })).toBeVisible();
    expect(within(share).getByRole('link', { name: '分享到微博' })).toBeVisible();

    const english = screen.getByRole('link', { name: '语言： English' });
    expect(english).toHaveAttribute('href', '/news/convention-2023-opens-in-beijing');
    expect(english).toHaveAttribute('hreflang', 'en');
    expect(latinWords(document.body.textContent ?? '').filter((word) => !NAMES.includes(word))).toEqual([]);
    await waitFor(() => expect(document.title).toBe('2023世界物联网大会在北京开幕 · 世界物联网大会新闻中心'));
  });

  it('shows the not-found page in Chinese, with ways back in Chinese', async () => {
    renderRoute('/zh/news/no-such-article');
    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    expect(screen.getByText('找不到该文章。它可能已被移动，或链接有误。')).toBeVisible();
    expect(screen.getByRole('link', { name: '阅读最新新闻' })).toHaveAttribute('href', '/zh/');
    expect(screen.getByRole('link', { name: '搜索新闻' })).toHaveAttribute('href', '/zh/search');
  });
});

describe('the English pages', () => {
  it('date articles in Beijing time, in English, whatever the reader’s time zone', async () => {
    renderRoute('/news/convention-2023-opens-in-beijing');
    const [article] = await screen.findAllByRole('article', { busy: false });
    expect(within(article).getByText('20 November 2023, 09:00')).toHaveAttribute(
      'datetime',
      '2023-11-20T09:00:00+08:00',
    );
  });
});
