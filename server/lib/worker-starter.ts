/**
 * The code that starts a worker thread on the module `name` beside the
 * caller (`callerUrl`: its import.meta.url), for `new Worker(code, { eval: true })`.
 * Compiled (dist-server/), the caller and the worker are JavaScript side by
 * side. From source, they are TypeScript: the worker registers tsx first, as
 * `npm run` does for the main thread, then loads its module.
 */
export function workerStarter(callerUrl: string, name: string): string {
  const compiled = callerUrl.endsWith('.js');
  const script = JSON.stringify(new URL(`./${name}.${compiled ? 'js' : 'ts'}`, callerUrl).href);
  return compiled
    ? `import(${script})`
    : `import('tsx/esm/api').then(({ register }) => { register(); return import(${script}); })`;
}
