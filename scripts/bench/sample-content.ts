import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Imports content/ into data/wiotc.db, as `npm run content:build` does; exits if it cannot. */
export function importSampleContent() {
  const entry = path.join(root, 'server/content/build-cli.ts');
  if (spawnSync(process.execPath, ['--import', 'tsx', entry], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
