import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from '../e2e/free-port.ts';

const CONFIG = path.join(import.meta.dirname, 'nginx.conf');
// Debian's, in /usr/sbin, which an ordinary user's PATH may leave out.
const NGINX = process.env.NGINX_PATH ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** Replaces `from`, which must be in the text exactly once: the configuration must not drift from what is tested. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`deploy/nginx.conf should contain ${String(from)} once, not ${count} times`);
  return text.replace(from, () => to);
}

/**
 * deploy/nginx.conf as it is, but with its ports and paths on this machine:
 * it listens on a free port of 127.0.0.1, balances over `upstreamPorts`, and
 * keeps its cache, logs and temporary files in a folder of its own.
 */
export function loopbackConfig(folder: string, port: number, upstreamPorts: number[]): string {
  let config = readFileSync(CONFIG, 'utf8');
  const upstreams = /( *)server 127\.0\.0\.1:3001 (.*);\n *server 127\.0\.0\.1:3002 .*;\n/;
  const [, indent, parameters] = upstreams.exec(config) ?? [];
  if (parameters === undefined) throw new Error('deploy/nginx.conf should list the upstreams 127.0.0.1:3001 and :3002');
  config = replaceOnce(
    config,
    upstreams,
    upstreamPorts.map((upstream) => `${indent}server 127.0.0.1:${upstream} ${parameters};\n`).join(''),
  );
  config = replaceOnce(config, 'listen 127.0.0.1:8080;', `listen 127.0.0.1:${port};`);
  // Workers run as whoever runs the test (root in CI), so they can write the folder.
  config = replaceOnce(config, 'user www-data;', `user ${userInfo().username};`);
  config = replaceOnce(config, '/run/wiotc-nginx.pid', path.join(folder, 'nginx.pid'));
  config = replaceOnce(config, '/var/log/nginx/wiotc-error.log', path.join(folder, 'error.log'));
  config = replaceOnce(config, '/var/log/nginx/wiotc-access.log', path.join(folder, 'access.log'));
  config = replaceOnce(config, '/var/cache/nginx/wiotc', path.join(folder, 'cache'));
  // Debian's nginx keeps request bodies under /var/lib/nginx, which a test may not write.
  const temporary = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `    ${kind}_temp_path ${path.join(folder, `${kind}-temp`)};\n`)
    .join('');
  return replaceOnce(config, 'http {\n', `http {\n${temporary}`);
}

/** Whether Debian's nginx (or NGINX_PATH) can be run here. */
export function nginxInstalled(): boolean {
  return spawnSync(NGINX, ['-v']).status === 0;
}

/** nginx in the foreground with deploy/nginx.conf on loopback, until `stop`. */
export async function startLoopbackNginx(upstreamPorts: number[]) {
  if (!nginxInstalled()) {
    throw new Error(`nginx is not installed: apt-get install nginx (.ci/run does), or set NGINX_PATH.`);
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'wiotc-nginx-'));
  mkdirSync(path.join(folder, 'cache'));
  const port = await freePort();
  const configFile = path.join(folder, 'nginx.conf');
  writeFileSync(configFile, loopbackConfig(folder, port, upstreamPorts));
  const errorLog = path.join(folder, 'error.log');
  const checked = spawnSync(NGINX, ['-t', '-q', '-p', folder, '-c', configFile, '-e', errorLog], { encoding: 'utf8' });
  if (checked.status !== 0) throw new Error(`nginx -t refused the configuration:\n${checked.stderr}`);

  const child: ChildProcess = spawn(NGINX, ['-p', folder, '-c', configFile, '-e', errorLog, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    const listening = await fetch(`${base}/livez`).then(
      () => true,
      () => false,
    );
    if (listening) break;
    if (attempt === 100 || child.exitCode !== null)
      throw new Error(`nginx did not start:\n${readFileSync(errorLog, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    /** The access log so far, one line per request, with its cache status. */
    accessLog: () => readFileSync(path.join(folder, 'access.log'), 'utf8'),
    errorLog: () => readFileSync(errorLog, 'utf8'),
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(folder, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        // QUIT: finish what is in flight, then stop.
        child.kill('SIGQUIT');
      }),
  };
}
