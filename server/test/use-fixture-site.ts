import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type FixtureSite, type FixtureSiteOptions, createFixtureSite } from './fixture-site.ts';

export type FixtureSiteAccess = Omit<FixtureSite, 'close'>;

/**
 * The fixture site for the tests of one file: imported before they run and
 * removed after. With `fresh`, every test gets its own, for tests that change
 * the content or the database. Read it inside tests only.
 */
export function useFixtureSite({ fresh = false, ...options }: FixtureSiteOptions & { fresh?: boolean } = {}) {
  let site: FixtureSite | undefined;
  (fresh ? beforeEach : beforeAll)(async () => {
    site = await createFixtureSite(options);
  });
  (fresh ? afterEach : afterAll)(() => {
    site?.close();
    site = undefined;
  });

  // Every property is read from the site of the moment, so a file can hold on to `site` from the start.
  return new Proxy({} as FixtureSiteAccess, {
    get(_, key: keyof FixtureSiteAccess) {
      if (!site) throw new Error('The fixture site exists only while the tests run.');
      return site[key];
    },
  });
}
