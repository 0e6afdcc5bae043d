import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render-route.tsx';

const cardTitles = () => screen.getAllByRole('article').map((card) => within(card).getAllByRole('link')[0].textContent);

describe('an edition page', () => {
  it('shows one convention year’s news with its count, newest first', async () => {
    renderRoute('/editions/2023');
    expect(await screen.findByRole('heading', { level: 1, name: 'WIOTC 2023' })).toBeVisible();
    expect(screen.getByText('News from the World Internet of Things Convention 2023.')).toBeVisible();
    expect(await screen.findByText('3 articles')).toBeVisible();
    expect(cardTitles()).toEqual([
      'Grid Operators Agree to Share Outage Data',
      'Ambassadors Discuss Digital Trade Corridors',
      'The World Internet of Things Convention 2023 Kicked off in Beijing',
    ]);
    await waitFor(() => expect(document.title).toBe('WIOTC 2023 · WIOTC News Center'));
    const years = screen.getByRole('navigation', { name: 'Browse by convention year' });
    expect(within(years).getByRole('link', { name: '2023 (3)' })).toHaveAttribute('aria-current', 'page');
    expect(within(years).getByRole('link', { name: '2016 (1)' })).toHaveAttribute('href', '/editions/2016');
  });

  it('narrows by forum and by topic, each counted within the year and the other, with both in the URL', async () => {
    const { user, router } = renderRoute('/editions/2023');
    const forums = await screen.findByRole('navigation', { name: 'Narrow by forum' });
    // On a phone the chips fold into a menu (see FacetChips), so only their links are checked here.
    expect(await within(forums).findByRole('link', { name: 'Opening Ceremony (1)' })).toHaveAttribute(
      'href',
      '/editions/2023?forum=opening-ceremony',
    );
    expect(within(forums).queryByRole('link', { name: /Healthcare/ })).not.toBeInTheDocument();
    await user.click(within(forums).getByRole('link', { name: 'Energy Session (1)' }));

    expect(await screen.findByText('1 article on Energy Session')).toBeVisible();
    expect(router.state.location.pathname).toBe('/editions/2023');
    expect(router.state.location.search).toBe('?forum=energy-session');
    expect(cardTitles()).toEqual(['Grid Operators Agree to Share Outage Data']);

    const topics = screen.getByRole('navigation', { name: 'Narrow by topic' });
    await user.click(await within(topics).findByRole('link', { name: 'Standards (1)' }));
    expect(await screen.findByText('1 article on Energy Session and Standards')).toBeVisible();
    expect(router.state.location.search).toBe('?forum=energy-session&topic=standards');
    await waitFor(() => expect(document.title).toBe('WIOTC 2023: Energy Session, Standards · WIOTC News Center'));

    await user.click(
      within(screen.getByRole('navigation', { name: 'Narrow by forum' })).getByRole('link', { name: 'All forums' }),
    );
    expect(await screen.findByText('1 article on Standards')).toBeVisible();
    expect(router.state.location.search).toBe('?topic=standards');
  });

  it('opens from the home page’s list of convention years', async () => {
    const { user, router } = renderRoute('/');
    const years = await screen.findByRole('navigation', { name: 'Browse by convention year' });
    expect(
      within(years)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      '2025 (1)',
      '2024 (1)',
      '2023 (3)',
      '2022 (2)',
      '2021 (2)',
      '2020 (2)',
      '2019 (1)',
      '2018 (1)',
      '2016 (1)',
    ]);
    await user.click(within(years).getByRole('link', { name: '2020 (2)' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'WIOTC 2020' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/editions/2020');
    expect(await screen.findByText('2 articles')).toBeVisible();
  });

  it('is in Chinese under /zh/', async () => {
    renderRoute('/zh/editions/2023?topic=standards');
    expect(await screen.findByRole('heading', { level: 1, name: '2023世界物联网大会' })).toBeVisible();
    expect(await screen.findByText('关于“标准”的文章1篇')).toBeVisible();
    expect(cardTitles()).toEqual(['电网运营商同意共享停电数据']);
    const topics = screen.getByRole('navigation', { name: '按话题筛选' });
    expect(within(topics).getByRole('link', { name: '标准 (1)' })).toHaveAttribute('aria-current', 'true');
    expect(within(topics).getByRole('link', { name: '全部话题' })).toHaveAttribute('href', '/zh/editions/2023');
    const years = screen.getByRole('navigation', { name: '按大会年份浏览' });
    expect(
      within(years)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/zh/editions/2024', '/zh/editions/2023', '/zh/editions/2020']);
  });

  it.each(['/editions/2017', '/editions/abc', '/zh/editions/2016', '/editions/2023?forum=nowhere'])(
    '%s shows the not-found page',
    async (url) => {
      renderRoute(url);
      const heading = url.startsWith('/zh/') ? '页面不存在' : 'Page not found';
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
    },
  );
});
