import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { MOCK_PREVIEW_KEY } from '../../mocks/handlers.ts';
import { byNewest, mockArticles, toArticle } from '../../mocks/fixture-articles.ts';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../test/render-route.tsx';

const previewed = [...mockArticles].filter((article) => article.lang === 'en').sort(byNewest)[0];

describe('the preview of an unpublished article', () => {
  it('shows the article as readers will see it, says it is a draft, and shows its share card', async () => {
    renderRoute(`/preview/${MOCK_PREVIEW_KEY}`);
    expect(await screen.findByRole('heading', { level: 1, name: previewed.title })).toBeVisible();
    const notice = screen.getByRole('complementary', { name: 'Preview' });
    expect(notice).toHaveTextContent('Draft: readers cannot see this article.');
    expect(notice).toHaveTextContent('Share this address only with people');
    const card = screen.getByRole('region', { name: 'Share card' });
    expect(within(card).getByText(previewed.title)).toBeVisible();
    // The headline and summary follow as text, so the image itself is decoration (alt="").
    expect(within(card).getByRole('presentation')).toHaveAttribute('src', '/media/cards/preview.jpg');
    // The title and share card are the article's own (the title follows the page, as an effect).
    await waitFor(() => expect(document.title).toBe(`${previewed.title} · WIOTC News Center`));
  });

  it('gives the date a scheduled article appears, and a link to it once it has', async () => {
    const answer = (state: string) => ({ state, article: toArticle(previewed), cardSrc: '/media/c.jpg' });
    server.use(http.get('*/api/preview/:key', () => HttpResponse.json(answer('scheduled'))));
    const { unmount } = renderRoute('/preview/anotherKey123456789012');
    expect(await screen.findByText(/^Scheduled: readers see this article from .+, by itself\.$/)).toBeVisible();
    unmount();

    server.use(http.get('*/api/preview/:key', () => HttpResponse.json(answer('published'))));
    renderRoute('/preview/anotherKey123456789012');
    const link = await screen.findByRole('link', { name: 'Open its page' });
    expect(link).toHaveAttribute('href', `/news/${previewed.slug}`);
  });

  it('is the not-found page for an unknown key', async () => {
    renderRoute('/preview/notAKeyAtAll');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});
