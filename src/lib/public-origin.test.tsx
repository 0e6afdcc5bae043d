import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserRouter } from 'react-router-dom';
import { App } from '../app.tsx';
import { createQueryClient } from '../query-client.ts';
import { createRoutes } from '../router.tsx';
import { en } from '../shared/i18n/en.ts';
import { renderRoute } from '../test/render-route.tsx';
import { dropTrackingParams } from './drop-tracking-params.ts';

// A page served for a crafted address (//evil.example/x) once named another
// site in its canonical link; the app took its origin from there and made
// every share link of the visit point at that site.

const ARTICLE = '/news/hospitals-plan-connected-wards';

// The canonical link is in <head>, for crawlers: no reader's query finds it.
// eslint-disable-next-line testing-library/no-node-access
const canonicalLink = () => document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]');

afterEach(() => {
  canonicalLink()?.remove();
  window.history.replaceState(null, '', '/');
});

describe('the origin of the links the app makes', () => {
  it('is this page’s own, whatever the document’s canonical link names', async () => {
    const canonical = Object.assign(document.createElement('link'), {
      rel: 'canonical',
      href: 'https://evil.example/x',
    });
    document.head.append(canonical);
    renderRoute(ARTICLE);
    const bar = await screen.findByRole('region', { name: 'Share this article' });
    const x = new URL(within(bar).getByRole('link', { name: 'Share on X' }).getAttribute('href')!);
    expect(x.searchParams.get('url')).toBe(`${window.location.origin}${ARTICLE}`);
    // The app keeps the canonical link on this page's own URL too.
    await expect.poll(() => canonicalLink()?.href).toBe(`${window.location.origin}${ARTICLE}`);
  });

  it('lets the app start on a path that starts with //, as its not-found page on this site', async () => {
    window.history.replaceState(null, '', `${window.location.origin}//evil.example/x?utm_source=chat`);
    dropTrackingParams();
    const queryClient = createQueryClient();
    const router = createBrowserRouter(createRoutes(queryClient, { documentLang: 'en' }));
    render(<App queryClient={queryClient} router={router} lang="en" messages={en} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    const latest = screen.getByRole('link', { name: 'Read the latest news' });
    expect((latest as HTMLAnchorElement).href).toBe(`${window.location.origin}/`);
    await expect.poll(() => canonicalLink()?.href).toBe(`${window.location.origin}/evil.example/x`);
    router.dispose();
  });
});
