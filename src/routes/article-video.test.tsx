import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { findMockArticle, toArticle } from '../../mocks/fixture-articles.ts';
import { server } from '../../mocks/node.ts';
import { withBody } from '../../mocks/with-body.ts';
import { renderRoute } from '../test/render-route.tsx';

// A video in an article shows as a poster with a play button; only a press on
// it brings in the video service's player, the privacy-minded one.

const SLUG = 'convention-2023-opens-in-beijing';

function serveArticleWithBody(markdown: string) {
  const article = toArticle(withBody(findMockArticle(SLUG)!, markdown));
  server.use(http.get('*/api/articles/:slug', () => HttpResponse.json(article)));
}

describe('a video in an article', () => {
  it('is framed only when the reader presses play, with its title, and takes the focus', async () => {
    serveArticleWithBody(
      'The opening in pictures.\n\n::video[Opening ceremony highlights](https://www.youtube.com/watch?v=M7lc1UVf-VE)',
    );
    const { user } = renderRoute(`/news/${SLUG}`);
    const play = await screen.findByRole('button', { name: 'Play video: Opening ceremony highlights' });
    expect(screen.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=M7lc1UVf-VE',
    );
    expect(screen.queryByTitle('Opening ceremony highlights')).not.toBeInTheDocument();

    await user.click(play);

    const player = await screen.findByTitle('Opening ceremony highlights');
    expect(player.tagName).toBe('IFRAME');
    expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
    expect(player).toHaveAttribute('allow', 'autoplay; fullscreen; picture-in-picture');
    expect(player).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    expect(player.getAttribute('sandbox')).not.toMatch(/allow-top-navigation/);
    expect(player).toHaveFocus();
    expect(screen.queryByRole('button', { name: /Play video/ })).not.toBeInTheDocument();
    // The link to the video on its site stays, for those who would rather watch it there.
    expect(screen.getByRole('link', { name: 'Watch on YouTube' })).toBeVisible();
  });

  it.each([
    ['Enter', '{Enter}'],
    ['Space', ' '],
  ])('starts from the keyboard with %s', async (_, key) => {
    serveArticleWithBody('https://vimeo.com/76979871\n\nhttps://www.bilibili.com/video/BV1GJ411x7h7');
    const { user } = renderRoute(`/news/${SLUG}`);
    const play = await screen.findByRole('button', { name: 'Play video: Bilibili video' });
    play.focus();
    await user.keyboard(key);
    expect(await screen.findByTitle('Bilibili video')).toHaveAttribute(
      'src',
      'https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&autoplay=0',
    );
    // The other video waits for its own press.
    expect(screen.getByRole('button', { name: 'Play video: Vimeo video' })).toBeVisible();
    expect(screen.queryByTitle('Vimeo video')).not.toBeInTheDocument();
  });
});
