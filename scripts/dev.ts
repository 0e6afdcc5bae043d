import { spawn } from 'node:child_process';
import path from 'node:path';
import { readConfigOrExit } from '../server/startup-failure.ts';

// `npm run dev`: the API server on API_PORT (imported content, restarts on change)
// and Vite with hot reload, which forwards /api and /media to it. Everything
// runs from source through tsx, so nothing needs building first.
const { apiPort } = readConfigOrExit();
const env = { ...process.env, API_PORT: String(apiPort) };
const root = path.resolve(import.meta.dirname, '..');

const run = (command: string, args: string[], extraEnv: Record<string, string> = {}) =>
  spawn(command, args, { stdio: 'inherit', cwd: root, env: { ...env, ...extraEnv } });

const build = run(process.execPath, ['--import', 'tsx', 'server/content/build-cli.ts']);
build.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const children = [run('npm', ['run', 'dev:api'], { PORT: String(apiPort) }), run('npm', ['run', 'dev:web'])];
  const stop = () => children.forEach((child) => child.kill('SIGTERM'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  children.forEach((child) => child.on('exit', stop));
});
