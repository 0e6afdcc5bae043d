import { readFileSync } from 'node:fs';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a UTF-8 file, refusing bytes that are not valid UTF-8 instead of garbling them. */
export function readTextFile(file: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: strictUtf8.decode(readFileSync(file)) };
  } catch (error) {
    if (error instanceof TypeError) return { ok: false, message: 'the file is not valid UTF-8 text' };
    return { ok: false, message: `cannot read the file: ${(error as Error).message}` };
  }
}
