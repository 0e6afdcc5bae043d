// The service worker's runtime caches: vite.config.ts configures them, and
// the page adds to them what the worker could not see (offline-pages.ts).
export const OFFLINE_CACHES = { pages: 'pages', api: 'api', media: 'media' } as const;
