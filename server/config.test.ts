import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { configErrorFor } from './test/config-error.ts';
import { runToExit } from './test/run-to-exit.ts';

const root = path.resolve(import.meta.dirname, '..');

describe('readConfig', () => {
  it('gives every default when nothing is set, with paths inside the project', () => {
    expect(readConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: undefined,
      allowedHosts: undefined,
      production: false,
      databaseFile: path.join(root, 'data', 'wiotc.db'),
      contentDir: path.join(root, 'content'),
      distDir: path.join(root, 'dist'),
      apiCacheBytes: 32 * 2 ** 20,
      benchCeiling: false,
      logLevel: 'info',
      apiPort: 3001,
      cacheSeconds: 60,
      processes: 1,
      searchWorkers: Math.max(1, availableParallelism() - 1),
      metrics: undefined,
      searchQueue: 8,
      searchLimits: { maxRows: 1500, timeBoundMs: 25 },
    });
  });

  it('reads good values, resolving paths and turning megabytes into bytes', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      PUBLIC_URL: 'https://news.example.org',
      DATABASE_FILE: 'var/news.db',
      CONTENT_DIR: '/srv/content',
      DIST_DIR: 'build',
      API_CACHE_MB: '0.5',
      SEARCH_WORKERS: '0',
      SEARCH_QUEUE: '2',
      SEARCH_TIME_BOUND_MS: '40',
      BENCH_CEILING: '1',
      LOG_LEVEL: 'warn',
      API_PORT: '4001',
      ALLOWED_HOSTS: 'News.Example.org, localhost:3000,[::1]:3000',
      NODE_ENV: 'production',
      WEB_CONCURRENCY: '4',
      CACHE_SECONDS: '15',
      METRICS_PORT: '9464',
      METRICS_HOST: '10.0.0.5',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      publicUrl: 'https://news.example.org',
      allowedHosts: ['news.example.org', 'localhost:3000', '[::1]:3000'],
      production: true,
      databaseFile: path.resolve('var/news.db'),
      contentDir: '/srv/content',
      distDir: path.resolve('build'),
      apiCacheBytes: 2 ** 19,
      benchCeiling: true,
      logLevel: 'warn',
      apiPort: 4001,
      cacheSeconds: 15,
      processes: 4,
      searchWorkers: 0,
      metrics: { host: '10.0.0.5', port: 9464 },
      searchQueue: 2,
      searchLimits: { maxRows: 1500, timeBoundMs: 40 },
    });
  });

  it('splits the cores left for searches between the server processes', () => {
    const cores = availableParallelism();
    expect(readConfig({ WEB_CONCURRENCY: '2' }).searchWorkers).toBe(Math.max(1, Math.floor(cores / 2) - 1));
    expect(configErrorFor({ WEB_CONCURRENCY: '0' })).toBe(
      'WEB_CONCURRENCY="0" is not valid: expected a whole number from 1 to 64 (server processes sharing the port)',
    );
  });

  it('trims trailing slashes from PUBLIC_URL and keeps a port', () => {
    expect(readConfig({ PUBLIC_URL: 'https://news.example.org/' }).publicUrl).toBe('https://news.example.org');
    expect(readConfig({ PUBLIC_URL: 'http://localhost:3000//' }).publicUrl).toBe('http://localhost:3000');
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ PUBLIC_URL: '', PORT: '', API_CACHE_MB: '' })).toMatchObject({
      publicUrl: undefined,
      port: 3000,
      apiCacheBytes: 32 * 2 ** 20,
    });
  });

  it('accepts 0 for API_CACHE_MB (no cache) and for PORT (any free port)', () => {
    expect(readConfig({ API_CACHE_MB: '0', PORT: '0' })).toMatchObject({ apiCacheBytes: 0, port: 0 });
  });

  it('accepts IPv6 and named hosts', () => {
    expect(readConfig({ HOST: '::' }).host).toBe('::');
    expect(readConfig({ HOST: 'news-01.internal' }).host).toBe('news-01.internal');
  });

  it('silences the request log under test unless LOG_LEVEL says otherwise', () => {
    expect(readConfig({ VITEST: 'true' }).logLevel).toBe('silent');
    expect(readConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(readConfig({ NODE_ENV: 'production' }).logLevel).toBe('info');
    expect(readConfig({ VITEST: 'true', LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });

  it('names the variable, the value and what is expected, in one line', () => {
    expect(configErrorFor({ PUBLIC_URL: 'news.example.org' })).toBe(
      'PUBLIC_URL="news.example.org" is not valid: ' +
        'expected an absolute http(s) URL such as https://news.example.org, with no path or query',
    );
    expect(configErrorFor({ API_CACHE_MB: 'abc' })).toBe(
      'API_CACHE_MB="abc" is not valid: expected a number of megabytes, 0 or more (0 turns the cache off)',
    );
    expect(configErrorFor({ PORT: '65536' })).toBe(
      'PORT="65536" is not valid: expected a whole number from 0 to 65535',
    );
    expect(configErrorFor({ SEARCH_QUEUE: '0' })).toBe(
      'SEARCH_QUEUE="0" is not valid: expected a whole number from 1 to 10000 (searches per worker, running or waiting)',
    );
    expect(configErrorFor({ SEARCH_WORKERS: 'many' })).toBe(
      'SEARCH_WORKERS="many" is not valid: expected a whole number from 0 to 64 (threads; 0 runs searches on the main thread)',
    );
  });

  it.each([
    ['PUBLIC_URL', 'ftp://news.example.org'],
    ['PUBLIC_URL', 'https://news.example.org/news'],
    ['PUBLIC_URL', 'https://news.example.org/?utm_source=x'],
    ['PUBLIC_URL', 'https://editor:secret@news.example.org'],
    ['PORT', 'http'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['API_PORT', '0'],
    ['API_CACHE_MB', '-1'],
    ['API_CACHE_MB', '32MB'],
    ['HOST', 'http://0.0.0.0'],
    ['HOST', 'news example'],
    ['BENCH_CEILING', 'yes'],
    ['LOG_LEVEL', 'verbose'],
    ['ALLOWED_HOSTS', 'https://news.example.org'],
    ['ALLOWED_HOSTS', 'news.example.org/'],
    ['ALLOWED_HOSTS', 'news.example.org,,localhost'],
  ])('refuses %s=%s', (name, value) => {
    const message = configErrorFor({ [name]: value });
    expect(message.startsWith(`${name}=${JSON.stringify(value)} is not valid: expected `)).toBe(true);
  });

  it('lists every bad variable on the same line', () => {
    const message = configErrorFor({ PORT: 'x', LOG_LEVEL: 'loud' });
    expect(message).toMatch(/^PORT="x" is not valid: .+; LOG_LEVEL="loud" is not valid: .+$/);
    expect(message).not.toContain('\n');
  });

  it('keeps a control character in a value from breaking the line', () => {
    expect(configErrorFor({ PORT: '30\n00' })).toBe(
      'PORT="30\\n00" is not valid: expected a whole number from 0 to 65535',
    );
  });
});

describe('the server with a bad variable', () => {
  it('stops before listening, with exit code 2 and the one line on stderr', { timeout: 30_000 }, async () => {
    const { code, stdout, stderr } = await runToExit(path.join(import.meta.dirname, 'main.ts'), {
      PUBLIC_URL: 'news.example.org',
      PORT: '0',
    });

    expect(code).toBe(2);
    expect(stderr).toBe(
      'PUBLIC_URL="news.example.org" is not valid: ' +
        'expected an absolute http(s) URL such as https://news.example.org, with no path or query\n',
    );
    expect(stdout).toBe('');
  });
});
