import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

const MAX_FRAMES = 120;

/** The link a reader followed away from a page: its href, and which of the page's links with that href it was. */
type FollowedLink = { href: string; index: number };

const linksTo = (href: string) =>
  Array.from(document.querySelectorAll<HTMLAnchorElement>('main a[href]')).filter(
    (link) => link.getAttribute('href') === href,
  );

/** Remembers the in-page link the reader last activated (mouse, Enter or tap all fire click). */
function useLastFollowedLink() {
  const followed = useRef<FollowedLink | undefined>(undefined);
  useEffect(() => {
    const remember = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('main a[href]') : null;
      const href = link?.getAttribute('href');
      followed.current = link && href ? { href, index: linksTo(href).indexOf(link) } : undefined;
    };
    document.addEventListener('click', remember, true);
    return () => document.removeEventListener('click', remember, true);
  }, []);
  return followed;
}

/**
 * After a navigation, moves focus to the new page's h1 so a screen reader
 * announces where the reader is. Back and Forward instead return focus to the
 * link the reader followed from that page, so a keyboard reader carries on
 * where they were (the scroll position is ScrollRestoration's). Replacements
 * (search-as-you-type) keep focus where it is.
 */
export function useFocusHeadingOnNavigate() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const previousKey = useRef(location.key);
  const lastFollowedRef = useLastFollowedLink();
  // Per history entry: the link followed away from it.
  const followedFromRef = useRef(new Map<string, FollowedLink>());

  useEffect(() => {
    if (previousKey.current === location.key) return;
    if (lastFollowedRef.current) followedFromRef.current.set(previousKey.current, lastFollowedRef.current);
    lastFollowedRef.current = undefined;
    previousKey.current = location.key;
    if (navigationType === 'REPLACE') return;
    const returnTo = navigationType === 'POP' ? followedFromRef.current.get(location.key) : undefined;
    // The link or heading may appear a few frames later, once the page's code or data arrives.
    let frames = 0;
    let request = 0;
    const focusTarget = () => {
      const link = returnTo && linksTo(returnTo.href)[returnTo.index];
      if (link) {
        link.focus({ preventScroll: true });
        return;
      }
      const heading = document.querySelector<HTMLElement>('main h1');
      // Going back, wait a little for the list to come back before settling for the heading.
      const waitForLink = returnTo !== undefined && frames < MAX_FRAMES / 2;
      if (heading && !waitForLink) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      } else if (frames++ < MAX_FRAMES) {
        request = requestAnimationFrame(focusTarget);
      }
    };
    focusTarget();
    return () => cancelAnimationFrame(request);
  }, [location.key, navigationType, lastFollowedRef]);
}
