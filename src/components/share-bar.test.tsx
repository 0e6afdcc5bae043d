import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../test/render-route.tsx';

const ARTICLE = '/news/hospitals-plan-connected-wards';
const CANONICAL = `${window.location.origin}${ARTICLE}`;

async function openShareBar(url = ARTICLE) {
  const { user } = renderRoute(url);
  const bar = await screen.findByRole('region', { name: 'Share this article' });
  return { user, bar };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
});

describe('sharing an article', () => {
  it('copies the canonical link and says so in a live region', async () => {
    const { user, bar } = await openShareBar(`${ARTICLE}?utm_source=newsletter`);
    await user.click(within(bar).getByRole('button', { name: 'Copy link' }));
    expect(within(bar).getByRole('status')).toHaveTextContent('Link copied to the clipboard.');
    expect(await navigator.clipboard.readText()).toBe(CANONICAL);
  });

  it('offers the link to copy by hand when the clipboard is refused', async () => {
    const { user, bar } = await openShareBar();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(within(bar).getByRole('button', { name: 'Copy link' }));
    expect(within(bar).getByRole('status')).toHaveTextContent('Your browser did not allow copying.');
    expect(within(bar).getByRole('textbox', { name: 'Link to this article' })).toHaveValue(CANONICAL);
  });

  it('hides Share… where the browser has no share sheet', async () => {
    const { bar } = await openShareBar();
    expect(within(bar).queryByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: 'Copy link' })).toBeVisible();
  });

  it('opens the device’s share sheet with the article where there is one', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const { user, bar } = await openShareBar();
    await user.click(within(bar).getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Hospitals Plan Connected Wards', url: CANONICAL }),
    );
  });

  it('links to networks and email with the URL and title encoded', async () => {
    const { bar } = await openShareBar();
    const url = encodeURIComponent(CANONICAL);
    const title = encodeURIComponent('Hospitals Plan Connected Wards');
    expect(within(bar).getByRole('link', { name: 'Share on X' })).toHaveAttribute(
      'href',
      `https://x.com/intent/post?url=${url}&text=${title}`,
    );
    expect(within(bar).getByRole('link', { name: 'Share on LinkedIn' })).toHaveAttribute(
      'href',
      `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
    );
    expect(within(bar).getByRole('link', { name: 'Share on Facebook' })).toHaveAttribute(
      'href',
      `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    );
    expect(within(bar).getByRole('link', { name: 'Share on Weibo' })).toHaveAttribute(
      'href',
      `https://service.weibo.com/share/share.php?url=${url}&title=${title}`,
    );
    const email = new URL(within(bar).getByRole('link', { name: 'Share by email' }).getAttribute('href')!);
    expect(email.protocol).toBe('mailto:');
    expect(email.searchParams.get('subject')).toBe('Hospitals Plan Connected Wards');
    expect(email.searchParams.get('body')).toBe(`Hospitals Plan Connected Wards\n\n${CANONICAL}`);
    for (const link of within(bar).getAllByRole('link')) expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
