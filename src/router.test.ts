import { matchRoutes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client.ts';
import { createRoutes } from './router.tsx';
import { PAGE_IDS, matchPage } from './shared/pages.ts';

// The server decides a page's status and head with matchPage; the browser
// shows whatever the router matches. They must agree on every path.
describe('one route table', () => {
  const routes = createRoutes(createQueryClient());
  const appPage = (path: string) => {
    const id = matchRoutes(routes, path)?.at(-1)?.route.id;
    return PAGE_IDS.find((page) => page === id);
  };

  it.each([
    '/',
    '/forums/energy-session',
    '/topics/smart-cities',
    '/search',
    '/news/some-story',
    '/news/some-story/',
    '/news/some-story/extra',
    '/news',
    '/forums',
    '/about',
    '/accessibility',
    '/editions/2023',
    '/editions/abc',
    '/editions',
    '/editions/2023/feed.xml',
    '/news/%E0%A4%A',
  ])('the server and the app show the same page for %s', (path) => {
    expect(matchPage(path)?.id).toBe(appPage(path));
  });

  it('gives every page of the table a route in the app', () => {
    const ids = new Set<string>();
    const visit = (list: typeof routes) =>
      list.forEach((route) => {
        if (route.id) ids.add(route.id);
        visit(route.children ?? []);
      });
    visit(routes);
    for (const id of PAGE_IDS) expect(ids).toContain(id);
  });
});
