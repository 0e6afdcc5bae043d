import type { MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import { secureHeaders } from 'hono/secure-headers';
import { VIDEO_PLAYER_ORIGINS } from '../../src/shared/video-providers.ts';
import { isBuildAsset } from '../static-routes.ts';

// Scripts only from the portal itself: no inline script but the boot script,
// allowed by its hash, no eval, no plugins, no framing by other sites. The
// page's data travels as JSON the browser never executes. The only frames are
// the video players a reader starts with a click.
const contentSecurityPolicy = (inlineScripts: string[]) => ({
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", ...inlineScripts],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  frameSrc: VIDEO_PLAYER_ORIGINS,
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
});

// Everything a news page does not need is switched off; sharing stays on.
// interest-cohort (FLoC, gone from browsers) is not in Hono's list of names,
// hence the wider type; it is kept so the header stays exactly as it was.
// web-share is left out: its default is already the page itself ('self'), and
// Chromium does not recognize the name in this header and warns on every page.
const permissionsPolicy: Record<string, string[]> = {
  camera: [],
  microphone: [],
  geolocation: [],
  payment: [],
  usb: [],
  interestCohort: [],
  clipboardWrite: ['self'],
};

const NONE = {
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  strictTransportSecurity: false,
  xContentTypeOptions: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
} as const;

// The build's scripts and stylesheets (isBuildAsset). The service worker's
// script is not among them: a policy does apply to a worker.
const SCRIPT_OR_STYLE = /^text\/(?:javascript|css)\b/;
// Headers that browsers read only on documents and workers.
const PAGE_ONLY_HEADERS = [
  'Referrer-Policy',
  'Content-Security-Policy',
  'Permissions-Policy',
  'Cross-Origin-Opener-Policy',
  'Origin-Agent-Cluster',
  'X-Frame-Options',
  'X-XSS-Protection',
  'X-Download-Options',
  'X-DNS-Prefetch-Control',
  'X-Permitted-Cross-Domain-Policies',
];

/**
 * The build's scripts and stylesheets go without the page-only headers (their
 * imports are same-origin, so the page's referrer policy is all they need): a page
 * loads a dozen of them on a slow phone link, where a kilobyte of headers that
 * mean nothing on each adds up. Anything else under /assets/ (a 404 page) keeps them.
 */
const leanBuildAssets: MiddlewareHandler = async (c, next) => {
  await next();
  if (!isBuildAsset(c.req.path) || !SCRIPT_OR_STYLE.test(c.res.headers.get('Content-Type') ?? '')) return;
  for (const name of PAGE_ONLY_HEADERS) c.res.headers.delete(name);
};

/**
 * Security headers on every response, unless a route set a stricter policy of
 * its own. `inlineScripts` are the CSP hashes of the inline scripts allowed to run.
 */
export function securityHeaders({ inlineScripts = [] as string[] } = {}): MiddlewareHandler {
  return every(
    // First, so that it sees the headers the others set.
    leanBuildAssets,
    // A route's own policy wins: a cover SVG opened on its own gets a sandbox.
    secureHeaders({ ...NONE, contentSecurityPolicy: contentSecurityPolicy(inlineScripts), overwrite: false }),
    secureHeaders({
      // Other sites may show our covers and cards (feed readers, link previews):
      // no Cross-Origin-Resource-Policy, which would block them.
      crossOriginResourcePolicy: false,
      // HTTPS is the deployment's decision (README: behind a proxy or CDN), not the app's.
      strictTransportSecurity: false,
      referrerPolicy: 'strict-origin-when-cross-origin',
      // The same as frame-ancestors 'none', for browsers that only know this header.
      xFrameOptions: 'DENY',
      permissionsPolicy,
    }),
  );
}
