import * as z from 'zod/mini';
import { parse } from 'yaml';

// Where the web editor reads and writes articles: Decap's `backend` block,
// given in ADMIN_BACKEND as YAML on one line, e.g.
// {name: github, repo: wiotc/news-center, branch: main, base_url: https://auth.example.org}.
// docs/editor-cms.md describes each kind.

/** decap-server on this machine, which `npm run admin` starts: it writes straight into content/. */
export const LOCAL_BACKEND_PORT = 8081;
export const localBackend = (port: number = LOCAL_BACKEND_PORT) => ({
  name: 'proxy',
  proxy_url: `http://127.0.0.1:${port}/api/v1`,
});

const expected =
  "expected Decap's backend block as YAML on one line, such as {name: proxy, proxy_url: 'http://127.0.0.1:8081/api/v1'} or {name: github, repo: owner/name, branch: main}";

const httpUrl = z.url({ protocol: /^https?$/, error: `${expected}; its URLs must be http(s)` });

const backendBlock = z.looseObject(
  {
    name: z.string({ error: expected }).check(z.minLength(1, expected)),
    proxy_url: z.optional(httpUrl),
    api_root: z.optional(httpUrl),
    base_url: z.optional(httpUrl),
  },
  { error: expected },
);

export type AdminBackend = z.infer<typeof backendBlock>;

export const adminBackendSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((text, context) => {
      try {
        return parse(text) as unknown;
      } catch {
        context.issues.push({ code: 'custom', message: expected, input: text });
        return z.NEVER;
      }
    }),
  ),
  backendBlock.check(
    z.refine(
      (block) => block.name !== 'proxy' || block.proxy_url !== undefined,
      `${expected}; proxy needs its proxy_url`,
    ),
  ),
);

// The API hosts of the hosted services, where the block does not name another.
const DEFAULT_API_ORIGINS: Record<string, string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com',
  gitea: 'https://try.gitea.io',
  bitbucket: 'https://api.bitbucket.org',
};

/**
 * The origins the editor's browser sends requests to for this backend (its
 * CSP's connect-src): decap-server, or the service's API and the address
 * where editors sign in (Gitea's sign-in ends with a request there).
 */
export function backendOrigins(backend: AdminBackend): string[] {
  const apiRoot = backend.api_root ?? DEFAULT_API_ORIGINS[backend.name];
  const urls = [backend.proxy_url, apiRoot, backend.base_url].filter((url) => url !== undefined);
  return [...new Set(urls.map((url) => new URL(url).origin))];
}
