import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The name of the file beside the database that keeps the preview secret between imports. */
export const PREVIEW_SECRET_FILE = 'preview-secret';

/**
 * The secret preview URLs are derived from: PREVIEW_SECRET when set, otherwise
 * a random one kept beside the database, made at the first import. Keeping it
 * makes a preview link an editor has shared survive the next import.
 */
export function readPreviewSecret(databaseFile: string, configured?: string): string {
  if (configured) return configured;
  const file = path.join(path.dirname(databaseFile), PREVIEW_SECRET_FILE);
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/**
 * The key of an article's preview URL: 128 bits of an HMAC of its language
 * and slug, so nobody without the secret can guess it from the slug, and the
 * same article keeps the same key from one import to the next.
 */
export function previewKey(secret: string, lang: string, slug: string): string {
  return createHmac('sha256', secret).update(`${lang}/${slug}`).digest('base64url').slice(0, 22);
}
