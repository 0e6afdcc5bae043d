import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { toArticle, mockArticles } from '../../mocks/fixture-articles.ts';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../test/render-route.tsx';

describe('an article', () => {
  it('shows the headline, date, forum, topics, author, reading time, cover, body and related articles', async () => {
    renderRoute('/news/convention-2023-opens-in-beijing');
    const headline = await screen.findByRole('heading', {
      level: 1,
      name: 'The World Internet of Things Convention 2023 Kicked off in Beijing',
    });
    expect(headline).toBeVisible();
    const [article] = screen.getAllByRole('article', { busy: false }); // the page's article comes before related ones
    expect(within(article).getAllByText(/2023/, { selector: 'time' })[0]).toHaveAttribute(
      'datetime',
      '2023-11-20T09:00:00+08:00',
    );
    expect(within(article).getAllByRole('link', { name: 'Opening Ceremony' })[0]).toHaveAttribute(
      'href',
      '/forums/opening-ceremony',
    );
    expect(within(article).getAllByRole('link', { name: 'Digital Economy' })[0]).toHaveAttribute(
      'href',
      '/topics/digital-economy',
    );
    expect(within(article).getByText('By WIOTC News Center')).toBeVisible();
    expect(within(article).getAllByText('1 min read')[0]).toBeVisible();
    const cover = within(article).getAllByRole('presentation')[0]; // before the body and the related cards
    // The page's largest image: its SVG alone, the fewest bytes.
    expect(cover).toHaveAttribute('src', '/media/generated/v2/opening-ceremony/convention-2023-opens-in-beijing.svg');
    expect(cover).not.toHaveAttribute('srcset');
    expect(cover).toHaveAttribute('width', '1200');
    expect(cover).toHaveAttribute('height', '675');
    expect(cover).toHaveAttribute('fetchpriority', 'high');
    expect(await screen.findByText(/António Guterres delivered a written address/)).toBeVisible();

    // Related: never the article itself, each sharing a topic with it; the most shared first,
    // then the newest.
    const related = within(screen.getByRole('region', { name: 'Related articles' })).getAllByRole('article');
    const topicsOf = (element: HTMLElement) =>
      within(within(element).getAllByRole('list', { name: 'Topics' })[0])
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'));
    const ownTopics = topicsOf(article);
    expect(ownTopics).toEqual(['/topics/digital-economy', '/topics/sustainable-development', '/topics/connectivity']);
    for (const card of related) {
      const title = within(card).getByRole('heading', { level: 3 });
      expect(within(title).getByRole('link')).not.toHaveAttribute('href', '/news/convention-2023-opens-in-beijing');
      const shared = topicsOf(card).filter((topic) => ownTopics.includes(topic));
      expect(shared, `topics shared by “${title.textContent}”`).not.toEqual([]);
    }
    expect(related.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Tenth Convention Looks Ahead to the Next Decade', // all three topics
      'Envoys Welcome 5G Cooperation Projects', // two
      'Grid Operators Agree to Share Outage Data', // one each, newest first
      'Ambassadors Discuss Digital Trade Corridors',
    ]);
    await waitFor(() =>
      expect(document.title).toBe(
        'The World Internet of Things Convention 2023 Kicked off in Beijing · WIOTC News Center',
      ),
    );
  });

  it('shows the headline and summary from the list at once while the body loads', async () => {
    let releaseBody: () => void = () => {};
    const bodyHeld = new Promise<void>((resolve) => (releaseBody = resolve));
    server.use(
      http.get('*/api/articles/:slug', async ({ params }) => {
        await bodyHeld;
        return HttpResponse.json(toArticle(mockArticles.find((article) => article.slug === params.slug)!));
      }),
    );
    const { user } = renderRoute('/');
    const lead = await screen.findByRole('region', { name: 'Lead story' });
    await user.click(within(lead).getByRole('link', { name: 'Tenth Convention Looks Ahead to the Next Decade' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tenth Convention Looks Ahead to the Next Decade' }),
    ).toBeVisible();
    expect(screen.getByText(/reviewed ten years of progress/)).toBeVisible();
    expect(screen.getByRole('article', { busy: true })).toBeInTheDocument();
    expect(screen.queryByText(/Speakers recalled the first convention/)).not.toBeInTheDocument();

    releaseBody();
    expect(await screen.findByText(/Speakers recalled the first convention/)).toBeVisible();
  });

  it('moves focus to the new page’s heading after navigating', async () => {
    const { user } = renderRoute('/');
    const lead = await screen.findByRole('region', { name: 'Lead story' });
    await user.click(within(lead).getByRole('link', { name: 'Tenth Convention Looks Ahead to the Next Decade' }));
    const headline = await screen.findByRole('heading', {
      level: 1,
      name: 'Tenth Convention Looks Ahead to the Next Decade',
    });
    await waitFor(() => expect(headline).toHaveFocus());
  });
});

describe('not found', () => {
  it.each([
    ['/news/no-such-article', 'article'],
    ['/forums/no-such-forum', 'forum'],
    ['/topics/no-such-topic', 'topic'],
    ['/somewhere/else', 'page'],
  ])('%s shows the not-found page with a way back', async (url, what) => {
    renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(
      screen.getByText(`We could not find this ${what}. It may have moved, or the link may be mistyped.`),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Read the latest news' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Search the news' })).toHaveAttribute('href', '/search');
    expect(screen.getByRole('navigation', { name: 'Forums' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Page not found · WIOTC News Center'));
  });
});

describe('when the API fails', () => {
  it('shows a clear message, keeps the header, and recovers with Retry', async () => {
    let serviceDown = true;
    server.use(http.get('*/api/articles', () => (serviceDown ? new HttpResponse(null, { status: 500 }) : undefined)));
    const { user } = renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load the news. The news service had a problem answering.');
    expect(screen.getByRole('search', { name: 'Site search' })).toBeInTheDocument();

    serviceDown = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Lead story' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says “unexpected response from the server” when a response breaks the contract', async () => {
    server.use(http.get('*/api/articles/:slug', () => HttpResponse.json({ title: 42 })));
    renderRoute('/news/convention-2023-opens-in-beijing');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not load this article. Unexpected response from the server.',
    );
    expect(screen.getByRole('navigation', { name: 'Forums' })).toBeInTheDocument();
  });

  it('tells the reader when the service cannot be reached', async () => {
    server.use(http.get('*/api/articles', () => HttpResponse.error()));
    renderRoute('/forums/energy-session');
    expect(await screen.findByRole('alert')).toHaveTextContent('The news service cannot be reached.');
    expect(await screen.findByRole('heading', { level: 1, name: 'Energy Session' })).toBeVisible();
  });
});
