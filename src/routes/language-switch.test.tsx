import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../test/render-route.tsx';

const switchLink = (name: RegExp | string) => screen.getByRole('link', { name });

afterEach(() => localStorage.clear());

describe('the language switch', () => {
  it('leads from an article to its translation', async () => {
    renderRoute('/news/convention-2023-opens-in-beijing');
    await screen.findByRole('heading', { level: 1, name: /Kicked off in Beijing/ });
    const chinese = await waitFor(() => {
      const link = switchLink('Language: 中文');
      expect(link).toHaveAttribute('href', '/zh/news/convention-2023-opens-in-beijing');
      return link;
    });
    expect(chinese).toHaveAttribute('hreflang', 'zh-Hans');
    expect(within(chinese).getByRole('img', { name: '中文' })).toBeInTheDocument();
  });

  it('marks nothing on an English page as Chinese, which would load a Chinese font into its first layout', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    expect(switchLink('Language: 中文')).toHaveAttribute('hreflang', 'zh-Hans');
    // eslint-disable-next-line testing-library/no-node-access -- the language of elements is not in the accessibility tree
    expect(document.body.querySelectorAll('[lang|="zh"]')).toHaveLength(0);
  });

  it('leads from an untranslated article to the other home, which says the article is not available', async () => {
    renderRoute('/news/tenth-convention-looks-ahead');
    await screen.findByText(/Speakers recalled the first convention/);
    expect(switchLink('Language: 中文')).toHaveAttribute('href', '/zh/?untranslated=1');
  });

  it('leads from a Chinese-only article to the English home with the same note', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    renderRoute('/zh/news/beijing-youth-iot-camp');
    await screen.findByRole('heading', { level: 1, name: '北京青少年物联网创新营开营' });
    await waitFor(() => expect(switchLink('语言： English')).toHaveAttribute('href', '/?untranslated=1'));
  });

  it('keeps a list page’s search and filters, but not its page number', async () => {
    renderRoute('/search?q=grid&languages=all&page=1');
    expect(switchLink('Language: 中文')).toHaveAttribute('href', '/zh/search?q=grid&languages=all');
  });

  it('shows the note on the home page until the reader dismisses it, then cleans the URL', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    const { user, router } = renderRoute('/zh/?untranslated=1');
    const note = await screen.findByText('您刚才阅读的文章暂无中文版，以下是最新新闻。');
    expect(await screen.findByRole('heading', { level: 1, name: '最新新闻' })).toBeVisible();
    expect(note).toBeVisible();
    await user.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByText(/暂无中文版/)).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('says the same in English on the English home', async () => {
    renderRoute('/?untranslated=1');
    expect(
      await screen.findByText('The article you were reading is not available in English. Here is the latest news.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeVisible();
  });
});

describe('the offer of the reader’s own language', () => {
  it('offers a Chinese reader the translation once, and remembers the answer', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN', 'en']);
    const { user, unmount } = renderRoute('/news/convention-2023-opens-in-beijing');
    // The reader answers once the article is on screen: on a busy machine the
    // offer can appear while the page is still loading, and be drawn again.
    await screen.findByText(/António Guterres delivered a written address/);
    const offer = await screen.findByRole('complementary');
    expect(offer).toHaveAttribute('lang', 'zh-Hans');
    expect(within(offer).getByText('本页有中文版。')).toBeVisible();
    expect(within(offer).getByRole('link', { name: '阅读中文版' })).toHaveAttribute(
      'href',
      '/zh/news/convention-2023-opens-in-beijing',
    );
    await user.click(within(offer).getByRole('button', { name: '不用了' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    unmount();

    renderRoute('/news/convention-2023-opens-in-beijing');
    await screen.findByText(/António Guterres delivered a written address/);
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('offers an English reader of a Chinese page the English one, in English', async () => {
    renderRoute('/zh/forums/energy-session');
    const offer = await screen.findByRole('complementary');
    expect(offer).toHaveAttribute('lang', 'en');
    expect(within(offer).getByRole('link', { name: 'Read in English' })).toHaveAttribute(
      'href',
      '/forums/energy-session',
    );
  });

  it('offers nothing when the page has no translation, or the browser prefers the page’s language', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    const { unmount } = renderRoute('/news/tenth-convention-looks-ahead');
    await screen.findByText(/Speakers recalled the first convention/);
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    unmount();

    renderRoute('/zh/news/convention-2023-opens-in-beijing');
    await screen.findByText(/联合国秘书长古特雷斯/);
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });
});
