import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

const MAX_FRAMES = 120;

/**
 * After a navigation, moves focus to the new page's h1 so a screen reader
 * announces where the reader is. Replacements (search-as-you-type) keep focus
 * where it is; the scroll position is left to ScrollRestoration.
 */
export function useFocusHeadingOnNavigate() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const previousKey = useRef(location.key);

  useEffect(() => {
    if (previousKey.current === location.key) return;
    previousKey.current = location.key;
    if (navigationType === 'REPLACE') return;
    // The heading may appear a few frames later, once the page's code or data arrives.
    let frames = 0;
    let request = 0;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      } else if (frames++ < MAX_FRAMES) {
        request = requestAnimationFrame(focusHeading);
      }
    };
    focusHeading();
    return () => cancelAnimationFrame(request);
  }, [location.key, navigationType]);
}
