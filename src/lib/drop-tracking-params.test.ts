import { afterEach, describe, expect, it } from 'vitest';
import { dropTrackingParams } from './drop-tracking-params.ts';

const open = (address: string) => window.history.replaceState(null, '', `${window.location.origin}${address}`);

afterEach(() => open('/'));

describe('dropping tracking parameters from the address', () => {
  it('keeps the path and the parameters the page reads', () => {
    open('/news/some-story?utm_source=chat&q=grid&fbclid=1#share');
    dropTrackingParams();
    expect(window.location.pathname).toBe('/news/some-story');
    expect(window.location.search).toBe('?q=grid');
    expect(window.location.hash).toBe('#share');
  });

  it('stays on this site on a path that starts with //, and never throws', () => {
    open('//evil.example/x?utm_source=chat&q=grid');
    const origin = window.location.origin;
    expect(() => dropTrackingParams()).not.toThrow();
    expect(window.location.origin).toBe(origin);
    expect(window.location.pathname).toBe('//evil.example/x');
    expect(window.location.search).toBe('?q=grid');
  });

  it('leaves an address with nothing to drop as it was written', () => {
    open('/search?q=smart%20grid');
    dropTrackingParams();
    expect(window.location.search).toBe('?q=smart%20grid');
  });
});
