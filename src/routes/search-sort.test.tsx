import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listMockArticles } from '../../mocks/handlers.ts';
import { server } from '../../mocks/node.ts';
import { articleListQuerySchema, parseQueryParams } from '../shared/contract.ts';
import { renderRoute } from '../test/render-route.tsx';

/** The publication times of the result cards, top to bottom. */
const shownDates = () =>
  screen
    .getAllByRole('article')
    // The date is a <time>, which has no role to find it by.
    // eslint-disable-next-line testing-library/no-node-access
    .map((card) => card.querySelector('time')!.dateTime);

const newestFirst = (dates: string[]) => [...dates].sort((a, b) => Date.parse(b) - Date.parse(a));

describe('ordering search results', () => {
  beforeEach(() => {
    // Two results a page, so that a few matches make several pages.
    server.use(
      http.get('*/api/articles', ({ request }) => {
        const parsed = parseQueryParams(articleListQuerySchema, new URL(request.url).searchParams);
        return parsed.success ? HttpResponse.json(listMockArticles({ ...parsed.data, pageSize: 2 })) : undefined;
      }),
    );
  });

  it('orders by date from links, keeps the order when paging and starts again at page 1', async () => {
    const { user, router } = renderRoute('/search?q=standards&page=2');
    expect(await screen.findByText(/^Page 2 of \d+$/)).toBeVisible();
    const orders = screen.getByRole('list', { name: 'Sort by' });
    expect(within(orders).getByRole('link', { name: 'Relevance' })).toHaveAttribute('aria-current', 'true');

    await user.click(within(orders).getByRole('link', { name: 'Newest' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=standards&sort=newest'));
    expect(await screen.findByText(/^Page 1 of \d+$/)).toBeVisible();
    expect(within(orders).getByRole('link', { name: 'Newest' })).toHaveAttribute('aria-current', 'true');
    const firstPage = shownDates();
    expect(firstPage).toEqual(newestFirst(firstPage));

    const pagination = screen.getByRole('navigation', { name: 'Pagination' });
    await user.click(within(pagination).getByRole('link', { name: /^Page\s?2$/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=standards&sort=newest&page=2'));
    expect(await screen.findByText(/^Page 2 of \d+$/)).toBeVisible();
    const secondPage = shownDates();
    expect(newestFirst([...firstPage, ...secondPage])).toEqual([...firstPage, ...secondPage]);

    await user.click(within(orders).getByRole('link', { name: 'Oldest' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=standards&sort=oldest'));
    expect(await screen.findByText(/^Page 1 of \d+$/)).toBeVisible();
    const oldest = shownDates();
    expect(oldest).toEqual(newestFirst(oldest).reverse());
    // The oldest of all the matches comes before every date seen so far.
    for (const date of [...firstPage, ...secondPage])
      expect(Date.parse(oldest[0])).toBeLessThanOrEqual(Date.parse(date));

    await user.click(within(orders).getByRole('link', { name: 'Relevance' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=standards'));
  });

  it('keeps the chosen order for a new search and for the filters', async () => {
    const { user, router } = renderRoute('/search?q=standards&sort=oldest');
    const box = await screen.findByRole('searchbox', { name: 'Search the news' });
    await user.clear(box);
    await user.type(box, 'grid');
    await waitFor(() => expect(router.state.location.search).toBe('?q=grid&sort=oldest'));
    const forums = screen.getByRole('navigation', { name: 'Narrow by forum' });
    await waitFor(() =>
      expect(within(forums).getByRole('link', { name: /^Energy Session/ })).toHaveAttribute(
        'href',
        '/search?q=grid&forum=energy-session&sort=oldest',
      ),
    );
  });
});

describe('ordering search results in Chinese', () => {
  beforeEach(() => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
  });

  it('names the orders in Chinese', async () => {
    renderRoute('/zh/search?q=%E5%8C%97%E4%BA%AC&sort=newest');
    const orders = await screen.findByRole('list', { name: '排序' });
    expect(
      within(orders)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['相关度', '最新', '最早']);
    expect(within(orders).getByRole('link', { name: '最新' })).toHaveAttribute('aria-current', 'true');
    expect(within(orders).getByRole('link', { name: '相关度' })).toHaveAttribute(
      'href',
      '/zh/search?q=%E5%8C%97%E4%BA%AC',
    );
  });
});
