import { register } from 'node:module';

// Views import their stylesheets, which the browser's build turns into linked
// files, and the server's build leaves out. When the server runs from source
// (tsx: `npm run dev`, the benchmarks), Node would refuse to load a .css
// file, and the page that imports one would not render. There, a stylesheet
// reads as an empty module, as in the server's build.
const EMPTY_STYLESHEETS = `
export async function load(url, context, nextLoad) {
  if (new URL(url).pathname.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true };
  return nextLoad(url, context);
}`;

if (import.meta.url.endsWith('.ts')) register(`data:text/javascript,${encodeURIComponent(EMPTY_STYLESHEETS)}`);
