import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listMockArticles } from '../../mocks/handlers.ts';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../test/render-route.tsx';

// <mark> has no ARIA role that Testing Library can query, so read the elements directly.
const marks = (element: HTMLElement) =>
  // eslint-disable-next-line testing-library/no-node-access
  Array.from(element.getElementsByTagName('mark')).map((mark) => mark.textContent);

describe('searching', () => {
  it('searches from the header box and lands on the results', async () => {
    const { user, router } = renderRoute('/');
    const box = within(screen.getByRole('search', { name: 'Site search' })).getByRole('searchbox', {
      name: 'Search news',
    });
    await user.type(box, 'grid{Enter}');
    expect(await screen.findByText('1 result for “grid”')).toBeVisible();
    expect(router.state.location.pathname).toBe('/search');
    expect(router.state.location.search).toBe('?q=grid');
    expect(router.state.historyAction).toBe('PUSH');
    await waitFor(() => expect(document.title).toBe('Search: grid · WIOTC News Center'));
  });

  it('marks the matched words in the title, summary and excerpt', async () => {
    renderRoute('/search?q=vaccines%20temperature');
    expect(await screen.findByText('1 result for “vaccines temperature”')).toBeVisible();
    const [card] = screen.getAllByRole('article');
    const title = within(card).getByRole('heading');
    expect(title).toHaveTextContent('Cold-Chain Sensors Protect Vaccines on the Road');
    expect(marks(title)).toEqual(['Vaccines']);
    // Found by their unmarked words; the marked ones are in child elements.
    const summary = within(card).getByText(/loggers in delivery vans alert drivers/);
    expect(summary).toHaveTextContent(
      'Temperature loggers in delivery vans alert drivers before vaccines leave their safe range.',
    );
    expect(marks(summary)).toEqual(['Temperature', 'vaccines']);
    const excerpt = within(card).getByText(/Each box reports its/);
    expect(excerpt).toHaveTextContent('Each box reports its temperature over mobile networks every few minutes.');
    expect(marks(excerpt)).toEqual(['temperature']);
  });

  it('marks a prefix match in the body excerpt', async () => {
    renderRoute('/search?q=guter');
    const [seed] = await screen.findAllByRole('article');
    expect(within(seed).getByRole('heading')).toHaveTextContent(
      'The World Internet of Things Convention 2023 Kicked off in Beijing',
    );
    // The title and summary do not contain the word; a window of the body below them does.
    expect(within(seed).getByText(/^The eighth annual convention opened with a written address/)).toBeVisible();
    const excerpt = within(seed).getByText(/Secretary-General António/);
    expect(excerpt).toHaveTextContent(/^…Nations Secretary-General António Guterres delivered a written address/);
    // The whole word is marked, not just the typed start of it, and nothing else on the card.
    expect(marks(excerpt)).toEqual(['Guterres']);
    expect(marks(seed)).toEqual(['Guterres']);
  });

  it('shows markup in text as text', async () => {
    server.use(
      http.get('*/api/articles', () => {
        const list = listMockArticles({ page: 1, pageSize: 12, q: 'grid' });
        list.items[0] = {
          ...list.items[0],
          match: {
            title: { text: '<img src=x onerror=alert(1)> grid', ranges: [[28, 32]] },
            summary: { text: 'summary', ranges: [] },
            excerpt: { text: '', ranges: [] },
          },
        };
        return HttpResponse.json(list);
      }),
    );
    renderRoute('/search?q=grid');
    const [card] = await screen.findAllByRole('article');
    expect(within(card).getByRole('heading')).toHaveTextContent('<img src=x onerror=alert(1)> grid');
    expect(card.querySelector('img[src="x"]')).toBeNull(); // eslint-disable-line testing-library/no-node-access
  });

  it('updates the results as the reader types, replacing the URL', async () => {
    const { user, router } = renderRoute('/search?q=ports');
    expect(await screen.findByText('1 result for “ports”')).toBeVisible();
    const box = screen.getByRole('searchbox', { name: 'Search the news' });
    await user.clear(box);
    await user.type(box, 'standards');
    expect(await screen.findByText('4 results for “standards”')).toBeVisible();
    // The address follows once the typing pauses a little longer.
    await waitFor(() => expect(router.state.location.search).toBe('?q=standards'));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(box).toHaveFocus();
  });

  it('cancels a slow earlier search so its late answer never replaces the newer one', async () => {
    let slowSearch: 'not sent' | 'held' | 'cancelled' = 'not sent';
    server.use(
      http.get('*/api/articles', async ({ request }) => {
        const q = new URL(request.url).searchParams.get('q');
        if (q !== 'ports') return undefined; // the normal handler answers
        // Held until the app cancels it; only then does its (late) answer go out.
        slowSearch = 'held';
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve, { once: true }));
        slowSearch = 'cancelled';
        return HttpResponse.json(listMockArticles({ page: 1, pageSize: 12, q: 'ports' }));
      }),
    );
    const { user } = renderRoute('/search?q=ports');
    const box = await screen.findByRole('searchbox', { name: 'Search the news' });
    await waitFor(() => expect(slowSearch).toBe('held'));
    await user.clear(box);
    await user.type(box, 'vaccines');
    expect(await screen.findByText('1 result for “vaccines”')).toBeVisible();
    await waitFor(() => expect(slowSearch).toBe('cancelled'));

    expect(screen.getByText('1 result for “vaccines”')).toBeVisible();
    expect(screen.queryByText(/for “ports”/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Cold-Chain Sensors Protect Vaccines on the Road',
    ]);
  });

  it('narrows the results by forum and by topic', async () => {
    const { user, router } = renderRoute('/search?q=standards');
    expect(await screen.findByText('4 results for “standards”')).toBeVisible();
    const forums = screen.getByRole('navigation', { name: 'Narrow by forum' });
    await user.click(await within(forums).findByRole('link', { name: 'Healthcare Session (1)' }));
    expect(await screen.findByText('1 result for “standards”')).toBeVisible();
    expect(router.state.location.search).toBe('?q=standards&forum=healthcare-session');

    const topics = screen.getByRole('navigation', { name: 'Narrow by topic' });
    await user.click(await within(topics).findByRole('link', { name: 'Digital Health (1)' }));
    expect(router.state.location.search).toBe('?q=standards&forum=healthcare-session&topic=digital-health');
    expect(await screen.findByText('1 result for “standards”')).toBeVisible();
  });

  it('says when nothing matches and suggests what to try', async () => {
    renderRoute('/search?q=zeppelin&forum=energy-session');
    expect(await screen.findByText('0 results for “zeppelin”')).toBeVisible();
    expect(screen.getByText('No articles match “zeppelin” with these filters.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Search all forums and topics' })).toHaveAttribute(
      'href',
      '/search?q=zeppelin',
    );
    expect(screen.getByRole('link', { name: 'Browse the latest news' })).toHaveAttribute('href', '/');
  });

  it('invites a search when there is no query yet', async () => {
    renderRoute('/search');
    expect(await screen.findByText(/Type a word or a name to search every article/)).toBeVisible();
  });
});

describe('searching in Chinese', () => {
  beforeEach(() => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
  });

  it('finds Chinese articles and marks the matched words', async () => {
    renderRoute('/zh/search?q=%E5%8C%97%E4%BA%AC');
    expect(await screen.findByText(/^找到\d+条与“北京”相关的结果$/)).toBeVisible();
    for (const card of screen.getAllByRole('article')) {
      const link = within(within(card).getByRole('heading')).getByRole('link');
      expect(link.getAttribute('href')).toMatch(/^\/zh\/news\//);
      expect(new Set(marks(card))).toEqual(new Set(['北京']));
    }
    await waitFor(() => expect(document.title).toBe('搜索：北京 · 世界物联网大会新闻中心'));
  });

  it('widens the search to English articles and back, with the choice in the URL', async () => {
    const { user, router } = renderRoute('/zh/search?q=5G');
    const count = await screen.findByText(/^找到\d+条与“5G”相关的结果$/);
    const countOf = (status: HTMLElement) => Number(/(\d+)条/.exec(status.textContent ?? '')![1]);
    const chineseOnly = countOf(count);
    expect(screen.queryByText('English', { selector: '.card__lang' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '同时搜索英文文章' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=5G&languages=all'));
    const english = await screen.findAllByText('English', { selector: '.card__lang' });
    expect(countOf(screen.getByText(/^找到\d+条与“5G”相关的结果$/))).toBeGreaterThan(chineseOnly);
    // An English result is marked as English and opens on the English site.
    const card = english[0].closest('article')!; // eslint-disable-line testing-library/no-node-access
    const title = within(card).getByRole('heading');
    expect(title).toHaveAttribute('lang', 'en');
    expect(within(title).getByRole('link').getAttribute('href')).toMatch(/^\/news\//);

    await user.click(screen.getByRole('link', { name: '只搜索中文文章' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=5G'));
  });
});
