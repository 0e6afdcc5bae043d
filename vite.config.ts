import path from 'node:path';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { OFFLINE_CACHES } from './src/lib/offline-caches.ts';
import { REACT_EXPORTS_ID, reactFromStartupChunk } from './scripts/react-from-startup-chunk.ts';
import { reimportOnSave } from './scripts/reimport-on-save.ts';

// In development Vite serves the app and forwards API and media requests to
// the API server started by `npm run dev`.
const apiServer = `http://127.0.0.1:${process.env.API_PORT ?? 3001}`;
const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');

// A phone on a slow link pays a round trip and a set of headers for every
// file, and compresses small files badly. What every page needs at start-up
// travels as one file: the entry, the framework, the app's shell, and the
// article card and error notice that every list and article page shows.
// The bundler's module helpers travel in it too, for as long as no other
// chunk needs them: the app's modules take React from it
// (scripts/react-from-startup-chunk.ts), and what loads later is written as
// ES modules. A CommonJS package loaded later, or a module imported both
// lazily and directly from code that loads later, would send the helpers
// back to a file of their own: one more request on every page. The list
// pages' shared pieces are a second file (the list of editions, shown by the
// home and edition pages only, is not among them). Each page's own code and
// styles (the article's, the about pages'; server/html/page-stylesheets.ts),
// each language's text, and what only some pages use (the contract's
// parsers, the QR encoder, video players, the share bar) still load when
// needed.
const STARTUP_CHUNKS = [
  {
    name: 'app',
    // The entry, the framework, the shell with everything it imports, and the
    // cards with what they import (meta line, cover, dates, highlighting).
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack)[\\/]|[\\/]src[\\/](main|app|router|query-client)\.tsx?$|[\\/]src[\\/]components[\\/](article-card|query-error)\.tsx$/,
    priority: 3,
  },
  // React's names as the app imports them (scripts/react-from-startup-chunk.ts).
  { name: 'app', test: (id: string) => id === REACT_EXPORTS_ID, priority: 3 },
  {
    name: 'lists',
    test: /[\\/]src[\\/]components[\\/](article-list|facet-chips|pagination|past-last-page|estimated-count)\.tsx$/,
    priority: 1,
  },
];

export default defineConfig({
  plugins: [
    reactFromStartupChunk(),
    react(),
    reimportOnSave(contentDir),
    // The service worker (production builds only) keeps the app and what a
    // reader has opened, so read articles still open offline. main.tsx registers it.
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false, // public/manifest.webmanifest is the manifest
      workbox: {
        globPatterns: ['assets/**/*.{js,css,svg}', 'favicon.svg', 'icon-192.png'],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Pages: always the network first (new articles, a new import), the copy when offline.
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkFirst',
            options: { cacheName: OFFLINE_CACHES.pages, networkTimeoutSeconds: 4, expiration: { maxEntries: 100 } },
          },
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/api/'),
            handler: 'NetworkFirst',
            options: { cacheName: OFFLINE_CACHES.api, networkTimeoutSeconds: 4, expiration: { maxEntries: 300 } },
          },
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/media/'),
            handler: 'CacheFirst',
            options: { cacheName: OFFLINE_CACHES.media, expiration: { maxEntries: 300 } },
          },
        ],
      },
    }),
  ],
  server: {
    proxy: { '/api': apiServer, '/media': apiServer },
  },
  // The manifest tells the server which stylesheets each page's own code brings.
  build: {
    target: 'es2022',
    // Terser, given three passes, wrote the start-up chunk 0.3 KB smaller, but
    // Chromium took 40% longer to evaluate it (147 against 105 ms at a 4×
    // slowdown), on every page's first load.
    minify: 'oxc',
    manifest: true,
    // Every browser that runs ES2022 modules but Safari 16 preloads modules
    // itself; the polyfill would cost every page 0.4 KB for that one.
    modulePreload: { polyfill: false },
    // The drawn 中文 label stays a file of its own rather than a data: URL in
    // the stylesheet, which every page waits for before it paints: its box is
    // sized by the stylesheet, and index.html preloads it beside the stylesheet.
    assetsInlineLimit: (file) => (file.endsWith('zh-label.svg') ? false : undefined),
    rolldownOptions: { output: { codeSplitting: { groups: STARTUP_CHUNKS } } },
  },
  test: {
    // Set once for the suite, for a CI machine whose cores are busy: tests wait
    // for what a reader waits for, and a loaded machine only makes that slower.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll waits as long as findBy* does (vitest.setup.ts), not one second.
    expect: { poll: { timeout: 8_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          setupFiles: ['./vitest.setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
        },
      },
      {
        // deploy/nginx.conf run by Debian's nginx: `npm run test:deploy`, apart from `npm test`.
        extends: true,
        test: {
          name: 'deploy',
          environment: 'node',
          include: ['deploy/**/*.test.ts'],
        },
      },
    ],
  },
});
