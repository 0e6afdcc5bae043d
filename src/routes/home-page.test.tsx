import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render-route.tsx';

describe('the latest news page', () => {
  it('lists the newest articles from the API, each linking to the article', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest news' })).toBeInTheDocument();
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(12);
    const first = within(cards[0]);
    expect(first.getByRole('link', { name: 'Tenth Convention Looks Ahead to the Next Decade' })).toHaveAttribute(
      'href',
      '/news/tenth-convention-looks-ahead',
    );
    expect(first.getByText('Opening Ceremony')).toBeInTheDocument();
    expect(first.getByText(/2025/, { selector: 'time' })).toHaveAttribute('datetime', '2025-11-20T09:00:00+08:00');
    expect(screen.getByText('14 articles')).toBeInTheDocument();
  });
});
