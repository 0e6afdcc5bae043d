import { describe, expect, it } from 'vitest';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { pageRoutes } from './page-routes.ts';
import { type RenderSlotLimits, RenderersBusy, createRenderSlots } from './render-slots.ts';

// Rendering is bounded: a crowd on one page costs one render, shared; more
// renders than the server takes at once are refused at once with a 503.

const site = useFixtureSite();
const routesWith = (renderSlots: RenderSlotLimits) =>
  pageRoutes({
    repository: () => site.repository,
    distDir: site.distDir,
    api: async (request) => site.app.fetch(request),
    logError: (error) => {
      throw error;
    },
    renderSlots,
  });

describe('server-rendered pages under load', () => {
  it('render a page once for readers arriving together, whatever parameters the page does not read', async () => {
    const routes = routesWith({ concurrency: 1, queue: 0, maxWaitMs: 10_000 });
    const answers = await Promise.all(
      ['/?x=1', '/?x=2', '/?utm_source=chat&fbclid=abc', '/?page=1'].map((url) => routes.request(url)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const pages = await Promise.all(answers.map((answer) => answer.text()));
    expect(new Set(pages).size).toBe(1);
    expect(pages[0]).toContain('Latest news');
  });

  it('refuse pages beyond what may render at once, fast, with Retry-After and a page that asks again', async () => {
    const routes = routesWith({ concurrency: 1, queue: 1, maxWaitMs: 10_000 });
    const answers = await Promise.all(
      ['/forums/energy-session', '/topics/standards', '/search?q=grid', '/zh/'].map((url) => routes.request(url)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 503, 503]);
    const [, , busy, busyChinese] = answers;
    expect(busy.headers.get('Retry-After')).toBe('1');
    expect(busy.headers.get('Cache-Control')).toBe('no-store');
    const html = await busy.text();
    expect(html).toContain('<meta http-equiv="refresh" content="2">');
    expect(html).toContain('Very busy right now');
    expect(await busyChinese.text()).toContain('<html lang="zh-Hans">');
    // Once the crowd has gone, the same page renders.
    expect((await routes.request('/search?q=grid')).status).toBe(200);
  });
});

describe('render slots', () => {
  it('refuse a render that waited longer than allowed for its slot', async () => {
    const inSlot = createRenderSlots({ concurrency: 1, queue: 5, maxWaitMs: 50 });
    let finish = () => {};
    const long = inSlot(() => new Promise<void>((resolve) => (finish = resolve)));
    await expect(inSlot(async () => 'never')).rejects.toBeInstanceOf(RenderersBusy);
    finish();
    await long;
    await expect(inSlot(async () => 'rendered')).resolves.toBe('rendered');
  });
});
