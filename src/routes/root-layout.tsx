import type { ReactNode } from 'react';
import { Outlet, ScrollRestoration } from 'react-router-dom';
import { LanguageOffer } from '../components/language-offer.tsx';
import { OfflineNotice } from '../components/offline-notice.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { SiteHeader } from '../components/site-header.tsx';
import { CardSkeletons } from '../components/skeletons.tsx';
import { useMessages } from '../lib/messages-context.tsx';
import { useCanonicalLink } from '../lib/use-canonical-link.ts';
import { useFocusHeadingOnNavigate } from '../lib/use-focus-heading-on-navigate.ts';

function SiteChrome({ children }: { children: ReactNode }) {
  const { nav, site } = useMessages();
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
      <footer className="site-footer">
        <p>{site.footer}</p>
      </footer>
      <LanguageOffer />
    </>
  );
}

export function RootLayout() {
  useFocusHeadingOnNavigate();
  useCanonicalLink();
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
