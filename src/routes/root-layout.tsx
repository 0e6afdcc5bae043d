import { type ReactNode, useEffect } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { LanguageOffer } from '../components/language-offer.tsx';
import { OfflineNotice } from '../components/offline-notice.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { SiteFooter } from '../components/site-footer.tsx';
import { SiteHeader } from '../components/site-header.tsx';
import { CardSkeletons } from '../components/skeletons.tsx';
import { useMessages } from '../lib/messages-context.tsx';
import { keepPageForOffline } from '../lib/offline-pages.ts';
import { useCanonicalLink } from '../lib/use-canonical-link.ts';
import { useFocusHeadingOnNavigate } from '../lib/use-focus-heading-on-navigate.ts';

function SiteChrome({ children }: { children: ReactNode }) {
  const { nav } = useMessages();
  return (
    <>
      <a className="skip-link" href="#main">
        {nav.skip}
      </a>
      <ProgressBar />
      <SiteHeader />
      <OfflineNotice />
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
      <LanguageOffer />
    </>
  );
}

/** Articles opened inside the app are kept for reading offline, as pages loaded whole are. */
function useKeepArticlesForOffline() {
  const { pathname, search } = useLocation();
  useEffect(() => keepPageForOffline({ pathname, search }), [pathname, search]);
}

export function RootLayout() {
  useFocusHeadingOnNavigate();
  useCanonicalLink();
  useKeepArticlesForOffline();
  return (
    <SiteChrome>
      <Outlet />
      <ScrollRestoration />
    </SiteChrome>
  );
}

/** Shown while the first page's code loads. */
export function RootLayoutFallback() {
  return (
    <SiteChrome>
      <CardSkeletons />
    </SiteChrome>
  );
}
