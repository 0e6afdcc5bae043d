import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { canonicalPath } from '../shared/canonical.ts';
import { publicOrigin } from './public-origin.ts';

/** Keeps <link rel="canonical"> on the URL of the page being shown. */
export function useCanonicalLink() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    let link = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'canonical';
      document.head.append(link);
    }
    link.href = `${publicOrigin()}${canonicalPath(pathname, search)}`;
  }, [pathname, search]);
}
