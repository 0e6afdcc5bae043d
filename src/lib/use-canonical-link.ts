import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { absoluteUrl, canonicalPath } from '../shared/canonical.ts';
import { ensureHeadElement } from './head-element.ts';
import { publicOrigin } from './public-origin.ts';

/** Keeps <link rel="canonical"> on the URL of the page being shown. */
export function useCanonicalLink() {
  const { pathname, search } = useLocation();
  useEffect(() => {
    ensureHeadElement('link', 'rel', 'canonical').href = absoluteUrl(publicOrigin(), canonicalPath(pathname, search));
  }, [pathname, search]);
}
