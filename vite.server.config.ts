import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run build:server`: the server, the content import, and the workers of both as
// plain JavaScript in dist-server/, run with `node`; all entries and chunks
// share one folder, so the import finds its worker beside it. The app's rendering
// entry (TSX) is bundled in; packages and Node's modules stay imports.
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist-server',
    target: 'node20',
    rolldownOptions: {
      input: {
        main: 'server/main.ts',
        'build-cli': 'server/content/build-cli.ts',
        'prepare-worker': 'server/content/prepare-worker.ts',
        'search-worker': 'server/search/search-worker.ts',
        'check-database-worker': 'server/db/check-database-worker.ts',
      },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
