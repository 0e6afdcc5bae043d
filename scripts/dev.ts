import { spawn } from 'node:child_process';

// `npm run dev`: the API server on API_PORT (imported content, restarts on change)
// and Vite with hot reload, which forwards /api and /media to it.
const apiPort = process.env.API_PORT ?? '3001';
const env = { ...process.env, API_PORT: apiPort };

const run = (command: string, args: string[], extraEnv: Record<string, string> = {}) =>
  spawn(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });

const build = run('npm', ['run', 'content:build']);
build.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const children = [run('npm', ['run', 'dev:api'], { PORT: apiPort }), run('npm', ['run', 'dev:web'])];
  const stop = () => children.forEach((child) => child.kill('SIGTERM'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  children.forEach((child) => child.on('exit', stop));
});
