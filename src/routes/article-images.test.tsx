import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { findMockArticle, toArticle } from '../../mocks/fixture-articles.ts';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../test/render-route.tsx';

const SLUG = 'convention-2023-opens-in-beijing';

// The article as the import gives it once an editor adds a photo cover with a caption and a credit.
function withPhotoCover(cover: { caption?: string; credit?: string }) {
  const article = toArticle(findMockArticle(SLUG)!);
  return {
    ...article,
    cover: {
      src: '/media/covers/hall-0123456789.jpg',
      alt: 'Delegates in the main hall',
      width: 1200,
      height: 675,
      sources: [{ type: 'image/avif', srcset: '/media/covers/hall-480-0123456789.avif 480w' }],
      ...cover,
    },
  };
}

describe('an article’s cover photo', () => {
  it('shows its caption and credit under it', async () => {
    const article = withPhotoCover({ caption: 'The main hall on the opening morning', credit: 'Li Wei / WIOTC' });
    server.use(http.get('*/api/articles/:slug', () => HttpResponse.json(article)));
    renderRoute(`/news/${SLUG}`);
    const cover = await screen.findByRole('img', { name: 'Delegates in the main hall' });
    const figure = screen.getByRole('figure');
    expect(within(figure).getByRole('img')).toBe(cover);
    expect(figure).toHaveTextContent(/^The main hall on the opening morning Li Wei \/ WIOTC$/);
    expect(within(figure).getByText('Li Wei / WIOTC')).toHaveClass('credit');
  });

  it('shows a credit alone when there is no caption, and no figure when there is neither', async () => {
    server.use(http.get('*/api/articles/:slug', () => HttpResponse.json(withPhotoCover({ credit: 'Li Wei / WIOTC' }))));
    const { unmount } = renderRoute(`/news/${SLUG}`);
    const cover = await screen.findByRole('img', { name: 'Delegates in the main hall' });
    expect(within(screen.getByRole('figure')).getByRole('img')).toBe(cover);
    expect(screen.getByRole('figure')).toHaveTextContent(/^Li Wei \/ WIOTC$/);
    unmount();

    server.use(http.get('*/api/articles/:slug', () => HttpResponse.json(withPhotoCover({}))));
    renderRoute(`/news/${SLUG}`);
    expect(await screen.findByRole('img', { name: 'Delegates in the main hall' })).toBeVisible();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});
