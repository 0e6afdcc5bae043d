import { parseArgs } from 'node:util';
import { runApiCases } from './api-cases.ts';
import { prepareCorpus } from './bench-corpus.ts';
import { runSearchCases } from './search-cases.ts';

// `npm run bench [-- --only api|search] [--skip-import] [--runs 25]`: the real server over
// 100,000 imported synthetic articles, driven on 127.0.0.1. First the API
// table (autocannon, each case beside the server's constant-body ceiling),
// then search: uncached latency, reads while one client searches, and our
// search beside a peer library. Writes the results into docs/benchmarks.md.

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
    // Runs of each query when our search and the peer library are compared in-process.
    runs: { type: 'string', default: '25' },
    // Keeps a database already imported for this schema: saves minutes while working on a case.
    'skip-import': { type: 'boolean', default: false },
  },
});
if (values.only !== undefined && values.only !== 'api' && values.only !== 'search') {
  throw new Error(`--only takes "api" or "search", not "${values.only}".`);
}
const count = Number(values.count);

const { databaseFile, importSeconds } = prepareCorpus(count, { reuse: values['skip-import'] });
if (values.only !== 'search') {
  await runApiCases({
    databaseFile,
    count,
    importSeconds,
    seconds: Number(values.seconds),
    connections: Number(values.connections),
  });
}
if (values.only !== 'api') await runSearchCases({ databaseFile, count, importSeconds, runs: Number(values.runs) });
