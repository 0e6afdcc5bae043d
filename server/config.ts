import { availableParallelism } from 'node:os';
import path from 'node:path';
import * as z from 'zod/mini';
import { adminBackendSchema, localBackend } from './admin/admin-backend.ts';
import { DEFAULT_SEARCH_LIMITS } from './search/search-limits.ts';
import { DEFAULT_CACHE_SECONDS } from './api/api-caching.ts';

// server/ when run from source, dist-server/ when compiled: both sit one level
// below the project, so the default paths are the same either way.
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const port = (lowest: number) => {
  const expected = `expected a whole number from ${lowest} to 65535`;
  return z.pipe(
    z.string().check(z.regex(/^\d{1,5}$/, expected)),
    z.pipe(z.transform(Number), z.number().check(z.gte(lowest, expected), z.lte(65535, expected))),
  );
};

// A name or dotted IPv4 address, or an IPv6 address (which has colons).
const host = z
  .string()
  .check(
    z.regex(
      /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$/,
      'expected a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0',
    ),
  );

// Relative paths are taken from the working directory, as a shell user expects.
const filePath = (fallback: string) =>
  z._default(
    z.pipe(
      z.string(),
      z.transform((value) => path.resolve(value)),
    ),
    path.join(PROJECT_ROOT, fallback),
  );

const wholeNumber = (lowest: number, highest: number, unit: string) => {
  const expected = `expected a whole number from ${lowest} to ${highest} (${unit})`;
  return z.pipe(
    z.string().check(z.regex(/^\d{1,6}$/, expected)),
    z.pipe(z.transform(Number), z.number().check(z.gte(lowest, expected), z.lte(highest, expected))),
  );
};

// One core stays with each process's thread that serves pages; searches
// share the rest, split between the processes (WEB_CONCURRENCY).
const defaultSearchWorkers = (processes: number) => Math.max(1, Math.floor(availableParallelism() / processes) - 1);

const publicUrlExpected = 'expected an absolute http(s) URL such as https://news.example.org, with no path or query';
// The site lives at the root of its origin: canonical URLs, feeds and the
// sitemap append paths to it, so anything after the host would be wrong.
const publicUrl = z.pipe(
  z.url({ protocol: /^https?$/, error: publicUrlExpected }).check(
    z.refine((value) => {
      if (!URL.canParse(value)) return true; // already reported by z.url
      const url = new URL(value);
      return /^\/*$/.test(url.pathname) && !url.search && !url.hash && !url.username && !url.password;
    }, publicUrlExpected),
  ),
  z.transform((value) => new URL(value).origin),
);

const allowedHostsExpected = 'expected host names separated by commas, such as news.example.org,localhost:3000';
// Each is compared with the request's host: lowercase, with its port unless it is the scheme's default.
const allowedHost = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
const allowedHosts = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value) => value.split(',').map((entry) => entry.trim().toLowerCase())),
  ),
  z.array(z.string().check(z.regex(allowedHost, allowedHostsExpected))),
);

const onOff = z._default(
  z.pipe(
    z.enum(['0', '1'], 'expected 1 (on) or 0 (off)'),
    z.transform((value) => value === '1'),
  ),
  false,
);

const envSchema = z.object({
  PORT: z._default(port(0), 3000),
  HOST: z._default(host, '127.0.0.1'),
  PUBLIC_URL: z.optional(publicUrl),
  ALLOWED_HOSTS: z.optional(allowedHosts),
  DATABASE_FILE: filePath('data/wiotc.db'),
  CONTENT_DIR: filePath('content'),
  DIST_DIR: filePath('dist'),
  API_CACHE_MB: z._default(
    z.pipe(
      z.string().check(z.regex(/^\d+(?:\.\d+)?$/, 'expected a number of megabytes, 0 or more (0 turns the cache off)')),
      z.transform(Number),
    ),
    32,
  ),
  BENCH_CEILING: onOff,
  ADMIN_ENABLED: onOff,
  ADMIN_BACKEND: z._default(adminBackendSchema, localBackend()),
  SEARCH_WORKERS: z.optional(wholeNumber(0, 64, 'threads; 0 runs searches on the main thread')),
  CACHE_SECONDS: z._default(wholeNumber(1, 86_400, 'seconds'), DEFAULT_CACHE_SECONDS),
  WEB_CONCURRENCY: z._default(wholeNumber(1, 64, 'server processes sharing the port'), 1),
  METRICS_PORT: z.optional(port(1)),
  METRICS_HOST: z._default(host, '127.0.0.1'),
  SEARCH_QUEUE: z._default(wholeNumber(1, 10_000, 'searches per worker, running or waiting'), 8),
  SEARCH_TIME_BOUND_MS: z._default(wholeNumber(1, 60_000, 'milliseconds'), DEFAULT_SEARCH_LIMITS.timeBoundMs),
  LOG_LEVEL: z.optional(z.enum(LOG_LEVELS, `expected one of ${LOG_LEVELS.join(', ')}`)),
  // `npm run dev` starts the API on this port and Vite forwards to it.
  API_PORT: z._default(port(1), 3001),
  PREVIEW_SECRET: z.optional(
    z
      .string()
      .check(z.minLength(32, 'expected a random secret of at least 32 characters, such as `openssl rand -base64 32`')),
  ),
  NODE_ENV: z.optional(z.string()),
  VITEST: z.optional(z.string()),
});

const configSchema = z.pipe(
  envSchema,
  z.transform((vars) => ({
    port: vars.PORT,
    host: vars.HOST,
    /** The public origin, e.g. https://news.example.org, when it differs from the request's. */
    publicUrl: vars.PUBLIC_URL,
    /** Without PUBLIC_URL, the host names absolute URLs may be made from; unset, any the request names. */
    allowedHosts: vars.ALLOWED_HOSTS,
    /** NODE_ENV=production, which `npm run serve` sets: a missing PUBLIC_URL is then worth a warning. */
    production: vars.NODE_ENV === 'production',
    databaseFile: vars.DATABASE_FILE,
    contentDir: vars.CONTENT_DIR,
    distDir: vars.DIST_DIR,
    apiCacheBytes: Math.floor(vars.API_CACHE_MB * 2 ** 20),
    /** Adds /__bench/ceiling for `npm run bench`; never on in production. */
    benchCeiling: vars.BENCH_CEILING,
    /** The web editor at /admin, for editors on this machine or a hosted Git service; off unless asked for. */
    admin: vars.ADMIN_ENABLED ? { backend: vars.ADMIN_BACKEND, contentDir: vars.CONTENT_DIR } : undefined,
    // Tests start servers by the dozen; their request log would bury the test output.
    logLevel: vars.LOG_LEVEL ?? (vars.NODE_ENV === 'test' || vars.VITEST ? 'silent' : 'info'),
    apiPort: vars.API_PORT,
    /** What preview addresses are made from; unset, the import keeps one beside the database. */
    previewSecret: vars.PREVIEW_SECRET,
    /** How long API answers (browsers and shared caches) and pages (shared caches) may be kept. */
    cacheSeconds: vars.CACHE_SECONDS,
    /** Server processes sharing the port: 1 is a single process, more a primary and that many workers. */
    processes: vars.WEB_CONCURRENCY,
    searchWorkers: vars.SEARCH_WORKERS ?? defaultSearchWorkers(vars.WEB_CONCURRENCY),
    /** Where Prometheus text is served, off the public site; unset, nowhere. */
    metrics: vars.METRICS_PORT === undefined ? undefined : { host: vars.METRICS_HOST, port: vars.METRICS_PORT },
    searchQueue: vars.SEARCH_QUEUE,
    searchLimits: { ...DEFAULT_SEARCH_LIMITS, timeBoundMs: vars.SEARCH_TIME_BOUND_MS },
  })),
);
export type Config = z.output<typeof configSchema>;

// An empty variable (`PUBLIC_URL=`) means the same as an unset one.
const withoutEmpty = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));

/** A bad environment variable, told in one line an operator can act on. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks every variable the server, the import and `npm run dev` use; throws a ConfigError. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const given = withoutEmpty(env);
  const result = configSchema.safeParse(given);
  if (!result.success) {
    // One message per variable, the first problem found with it.
    const messages = new Map<string, string>();
    for (const issue of result.error.issues) {
      const name = String(issue.path[0]);
      if (!messages.has(name))
        messages.set(name, `${name}=${JSON.stringify(given[name])} is not valid: ${issue.message}`);
    }
    throw new ConfigError([...messages.values()].join('; '));
  }
  return result.data;
}
