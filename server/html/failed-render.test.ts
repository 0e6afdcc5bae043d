import { describe, expect, it, vi } from 'vitest';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// The server's rendering of the first view fails: the page still answers
// with the app, which the browser renders, and no cache keeps that page.
const renderPage = vi.hoisted(() => vi.fn(() => Promise.reject(new Error('the render failed'))));
vi.mock('../../src/entry-server.tsx', () => ({ renderPage }));

const site = useFixtureSite();

describe('a page whose render failed', () => {
  it('answers with the app, asked for again each time and tried again by the next reader', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (let reader = 1; reader <= 2; reader += 1) {
      const response = await site.app.request('http://news.example.org/forums/opening-ceremony');
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
      expect(response.headers.get('ETag')).toBeNull();
      expect(await response.text()).toContain('<div id="root"></div>');
      expect(renderPage).toHaveBeenCalledTimes(reader);
    }
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Rendering failed'), expect.any(Error));
    logged.mockRestore();
  });
});
