import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readConfigOrExit, stopStarting } from '../server/startup-failure.ts';
import { startDecapServer, waitForDecapServer } from './decap-server.ts';

// `npm run admin`: the web editor on this machine. decap-server writes what
// editors save into content/, and `npm run dev` serves the site with /admin
// on, importing the content again after each save.

const root = path.resolve(import.meta.dirname, '..');
const config = readConfigOrExit({ ...process.env, ADMIN_ENABLED: '1' });
const { backend } = config.admin!;
if (backend.name !== 'proxy' || backend.proxy_url === undefined) {
  stopStarting(`npm run admin edits the files on this machine: leave ADMIN_BACKEND unset (it is ${backend.name})`, 2);
}
const proxyUrl = new URL(backend.proxy_url);
if (!['127.0.0.1', 'localhost'].includes(proxyUrl.hostname)) {
  stopStarting(`ADMIN_BACKEND's proxy_url must be on this machine (127.0.0.1) for npm run admin`, 2);
}

// Paths in the editor's configuration start at the folder that holds content/.
const decap = startDecapServer({ port: Number(proxyUrl.port), repoDir: path.dirname(config.contentDir) });
try {
  await waitForDecapServer(backend.proxy_url, decap);
} catch (error) {
  stopStarting(`${error instanceof Error ? error.message : String(error)} (is port ${proxyUrl.port} in use?)`, 1);
}

const dev = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/dev.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ADMIN_ENABLED: '1' },
});
const stop = () => [dev, decap].forEach((child) => child.kill('SIGTERM'));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
dev.once('exit', (code) => {
  decap.kill('SIGTERM');
  process.exitCode = code ?? 0;
});

console.log(`\nThe web editor: http://127.0.0.1:${config.apiPort}/admin/ (it writes into ${config.contentDir})`);
if (!existsSync(path.join(config.distDir, '.vite', 'manifest.json'))) {
  console.log('Its preview is unstyled until the app is built once: npm run build');
}
