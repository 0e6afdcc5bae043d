import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render-route.tsx';

const cardTitles = () => screen.getAllByRole('article').map((card) => within(card).getAllByRole('link')[0].textContent);

describe('the latest news page', () => {
  it('shows the header with the name, tagline, forums and a search box', async () => {
    renderRoute('/');
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: /WIOTC News Center/ })).toHaveAttribute('href', '/');
    expect(within(banner).getByText('official news feed, bringing you real first-hand information')).toBeVisible();
    expect(within(banner).getByRole('search', { name: 'Site search' })).toBeInTheDocument();
    const forums = within(banner).getByRole('navigation', { name: 'Forums' });
    expect(await within(forums).findByRole('link', { name: 'Ambassador Forum' })).toHaveAttribute(
      'href',
      '/forums/ambassador-forum',
    );
  });

  it('leads with the newest story, then lists the rest of the page', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest news' })).toBeInTheDocument();
    const lead = await screen.findByRole('region', { name: 'Lead story' });
    expect(within(lead).getByRole('link', { name: 'Tenth Convention Looks Ahead to the Next Decade' })).toHaveAttribute(
      'href',
      '/news/tenth-convention-looks-ahead',
    );
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(12); // the lead and 11 more
    const second = within(cards[1]);
    expect(second.getByRole('link', { name: 'Malmö and São Paulo Compare City Data Platforms' })).toBeVisible();
    expect(second.getByText(/2024/, { selector: 'time' })).toHaveAttribute('datetime', '2024-11-22T11:00:00+08:00');
    expect(second.getByRole('link', { name: 'Ambassador Forum' })).toHaveAttribute('href', '/forums/ambassador-forum');
    expect(second.getByRole('link', { name: 'Smart Cities' })).toHaveAttribute('href', '/topics/smart-cities');
    expect(second.getByText('1 min read')).toBeVisible();
    // The lead's cover is the one the reader waits for: the small SVG, fetched first.
    const leadCover = within(cards[0]).getByRole('presentation');
    expect(leadCover.getAttribute('src')).toMatch(
      /^\/media\/generated\/v2\/[a-z-]+\/tenth-convention-looks-ahead\.svg$/,
    );
    expect(leadCover).not.toHaveAttribute('srcset');
    expect(leadCover).toHaveAttribute('loading', 'eager');
    expect(leadCover).toHaveAttribute('fetchpriority', 'high');
    // The others come later, as WebP files the width of a card.
    const cover = second.getByRole('presentation');
    expect(cover).toHaveAttribute('width', '1200');
    expect(cover).toHaveAttribute('height', '675');
    expect(cover).toHaveAttribute('loading', 'lazy');
    expect(cover.getAttribute('srcset')).toMatch(/-480\.webp 480w, .*-800\.webp 800w, .*-1200\.webp 1200w$/);
    expect(cover).toHaveAttribute('sizes', '(min-width: 64rem) 23rem, (min-width: 43rem) 50vw, 100vw');
    expect(within(cards[5]).getByRole('presentation')).toHaveAttribute('loading', 'lazy');
  });

  it('offers topics as chips with their counts', async () => {
    renderRoute('/');
    const chips = await screen.findByRole('navigation', { name: 'Browse by topic' });
    expect(within(chips).getByRole('link', { name: 'Supply Chain (4)' })).toHaveAttribute(
      'href',
      '/topics/supply-chain',
    );
  });

  it('pages through the news with the page number in the URL', async () => {
    const { user, router } = renderRoute('/');
    const pagination = await screen.findByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByText('Page 1 of 2')).toBeVisible();
    await user.click(within(pagination).getByRole('link', { name: /Older/ }));

    expect(await screen.findByText('Page 2 of 2')).toBeVisible();
    expect(router.state.location.search).toBe('?page=2');
    expect(screen.queryByRole('region', { name: 'Lead story' })).not.toBeInTheDocument();
    expect(cardTitles()).toEqual([
      'Warehouses Adopt Robots and Radio Tags',
      'First Convention Sets an Agenda for Connected Growth',
    ]);
    // The title is set in an effect, which React may run just after the DOM changes.
    await waitFor(() => expect(document.title).toBe('Latest news, page 2 · WIOTC News Center'));

    await user.click(screen.getByRole('link', { name: /Newer/ }));
    expect(await screen.findByRole('region', { name: 'Lead story' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('opens page 2 straight from a shared link, tracking parameter and all', async () => {
    renderRoute('/?page=2&utm_source=chat');
    const pagination = await screen.findByRole('navigation', { name: 'Pagination' });
    expect(within(pagination).getByText('Page 2 of 2')).toBeVisible();
    expect(within(pagination).getByRole('link', { current: 'page' })).toHaveTextContent('Page 2');
    expect(screen.queryByRole('region', { name: 'Lead story' })).not.toBeInTheDocument();
    // The two oldest articles: 12 a page, newest first.
    expect(cardTitles()).toEqual([
      'Warehouses Adopt Robots and Radio Tags',
      'First Convention Sets an Agenda for Connected Growth',
    ]);
    await waitFor(() => expect(document.title).toBe('Latest news, page 2 · WIOTC News Center'));
  });

  it('says a page past the last one does not exist, with a link to page 1', async () => {
    renderRoute('/?page=40');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/');
  });
});
