import { spawn } from 'node:child_process';
import * as z from 'zod/mini';

/**
 * Runs a measuring script in a process of its own, so the memory it reports
 * is its own alone, and reads the JSON it prints, checked by `schema`.
 */
export async function runMeasuringScript<Schema extends z.ZodMiniType>(
  script: string,
  args: { databaseFile: string; runs: number },
  schema: Schema,
): Promise<z.infer<Schema>> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', script, '--db', args.databaseFile, '--runs', String(args.runs)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(z.parse(schema, JSON.parse(output)));
      else reject(new Error(`${script} exited with ${signal ?? code}`));
    });
  });
}
