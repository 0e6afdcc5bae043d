import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

// Under `npm run dev`: an editor saves an article, the content is imported
// again, and the open page reloads with it (a preview address too). An
// import that fails leaves the previous content served and shows its
// problems in Vite's overlay, in the browser, as the terminal prints them.

const root = path.resolve(import.meta.dirname, '..');
// The API server notices the new database by polling once a second.
const API_NOTICES_MS = 1_200;
const QUIET_MS = 300;

function runImport(origin: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/content/build-cli.ts'], {
      cwd: root,
      // Preview addresses printed for the page the editor has open.
      env: { ...process.env, PUBLIC_URL: origin },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

export function reimportOnSave(contentDir: string): Plugin {
  return {
    name: 'wiotc-reimport-on-save',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      if (process.env.VITEST) return; // the tests' own Vite server imports nothing
      const origin = () => server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? 'http://localhost:5173';
      let timer: ReturnType<typeof setTimeout> | undefined;
      let running: Promise<void> = Promise.resolve();
      const importNow = async () => {
        const { ok, output } = await runImport(origin());
        server.config.logger.info(output.trimEnd(), { timestamp: true });
        if (!ok) {
          server.ws.send({ type: 'error', err: { message: output.trim(), stack: '', plugin: 'content import' } });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, API_NOTICES_MS));
        server.ws.send({ type: 'full-reload', path: '*' });
      };
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(contentDir + path.sep)) return;
        clearTimeout(timer);
        // One import for a burst of saves, never two at once.
        timer = setTimeout(() => (running = running.then(importNow)), QUIET_MS);
      };
      server.watcher.add(contentDir);
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
    },
  };
}
