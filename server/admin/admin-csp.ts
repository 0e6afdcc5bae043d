import { type AdminBackend, backendOrigins } from './admin-backend.ts';

// The policy of /admin alone; readers' pages keep theirs (http/security-headers.ts).
// Decap CMS compiles its configuration's JSON schema with `new Function`
// (hence 'unsafe-eval') and styles its interface with inline <style> elements
// (hence 'unsafe-inline' for styles only). It talks to its backend from the
// browser, and keeps and shows chosen pictures as blob: URLs until they are saved.
export function adminContentSecurityPolicy(backend: AdminBackend): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...backendOrigins(backend)],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'blob:', ...backendOrigins(backend)],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
