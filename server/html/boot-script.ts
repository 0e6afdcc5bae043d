import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The script that starts the app, written into each server-rendered page, and its hash for the policy. */
export type BootScript = { source: string; cspHash: string };

/**
 * Reads the build's boot script (public/boot.js) once. It travels inside each
 * page rather than as a file of its own: a request of its own would sit among
 * the page's text and images, which the app is meant to wait for. The policy
 * lets exactly this text run, by its SHA-256, and no other inline script.
 */
export function readBootScript(distDir: string): BootScript | undefined {
  const file = path.join(distDir, 'boot.js');
  if (!existsSync(file)) return undefined;
  const source = readFileSync(file, 'utf8');
  return { source, cspHash: `'sha256-${createHash('sha256').update(source).digest('base64')}'` };
}
