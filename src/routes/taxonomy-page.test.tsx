import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render-route.tsx';

const cardTitles = () => screen.getAllByRole('article').map((card) => within(card).getAllByRole('link')[0].textContent);

describe('a forum page', () => {
  it('shows the forum with its description, count and articles', async () => {
    renderRoute('/forums/logistics-session');
    expect(await screen.findByRole('heading', { level: 1, name: 'Smart Logistics Session' })).toBeVisible();
    expect(screen.getByText('Tracking, warehousing and supply chains.')).toBeVisible();
    expect(await screen.findByText('3 articles')).toBeVisible();
    expect(cardTitles()).toEqual([
      'Ports Track Containers in Real Time',
      'Cold-Chain Sensors Protect Vaccines on the Road',
      'Warehouses Adopt Robots and Radio Tags',
    ]);
    await waitFor(() => expect(document.title).toBe('Smart Logistics Session · WIOTC News Center'));
  });

  it('narrows by topic, with the topic in the URL, and widens again', async () => {
    const { user, router } = renderRoute('/forums/logistics-session');
    const chips = await screen.findByRole('navigation', { name: 'Narrow by topic' });
    await user.click(await within(chips).findByRole('link', { name: 'Digital Health (1)' }));

    expect(await screen.findByText('1 article on Digital Health')).toBeVisible();
    expect(router.state.location.pathname).toBe('/forums/logistics-session');
    expect(router.state.location.search).toBe('?topic=digital-health');
    expect(cardTitles()).toEqual(['Cold-Chain Sensors Protect Vaccines on the Road']);
    expect(within(chips).getByRole('link', { name: 'Digital Health (1)' })).toHaveAttribute('aria-current', 'true');

    await user.click(within(chips).getByRole('link', { name: 'All topics' }));
    expect(await screen.findByText('3 articles')).toBeVisible();
    expect(router.state.location.search).toBe('');
  });

  it('counts only the forum’s own articles on its topic chips', async () => {
    renderRoute('/forums/logistics-session');
    const chips = await screen.findByRole('navigation', { name: 'Narrow by topic' });
    // In the DOM, not visible: the chips are folded into a closed <details> until a phone reader opens it.
    expect(await within(chips).findByRole('link', { name: 'Supply Chain (3)' })).toBeInTheDocument();
    expect(within(chips).queryByRole('link', { name: /Standards/ })).not.toBeInTheDocument();
  });
});

describe('a topic page', () => {
  it('shows the topic and narrows by forum', async () => {
    const { user, router } = renderRoute('/topics/digital-health');
    expect(await screen.findByRole('heading', { level: 1, name: 'Digital Health' })).toBeVisible();
    expect(await screen.findByText('3 articles')).toBeVisible();
    expect(cardTitles()).toEqual([
      'Remote Monitoring Reaches Rural Clinics',
      'Cold-Chain Sensors Protect Vaccines on the Road',
      'Hospitals Plan Connected Wards',
    ]);
    const chips = screen.getByRole('navigation', { name: 'Narrow by forum' });
    await user.click(await within(chips).findByRole('link', { name: 'Healthcare Session (2)' }));
    expect(await screen.findByText('2 articles on Healthcare Session')).toBeVisible();
    expect(router.state.location.search).toBe('?forum=healthcare-session');
    expect(cardTitles()).toEqual(['Remote Monitoring Reaches Rural Clinics', 'Hospitals Plan Connected Wards']);
    await waitFor(() => expect(document.title).toBe('Digital Health: Healthcare Session · WIOTC News Center'));
  });

  // The fixtures have at most 3 articles in one forum and topic, fewer than a page (12),
  // so this opens the narrowed view only; paging itself is tested on the home page.
  it('opens a narrowed view straight from its URL', async () => {
    renderRoute('/topics/supply-chain?forum=logistics-session');
    expect(await screen.findByRole('heading', { level: 1, name: 'Supply Chain' })).toBeVisible();
    expect(await screen.findByText('3 articles on Smart Logistics Session')).toBeVisible();
    expect(cardTitles()).toEqual([
      'Ports Track Containers in Real Time',
      'Cold-Chain Sensors Protect Vaccines on the Road',
      'Warehouses Adopt Robots and Radio Tags',
    ]);
    const chips = screen.getByRole('navigation', { name: 'Narrow by forum' });
    expect(await within(chips).findByRole('link', { name: 'Smart Logistics Session (3)' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });
});
