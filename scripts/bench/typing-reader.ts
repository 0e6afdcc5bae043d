import http from 'node:http';
import { latencySummary } from './percentiles.ts';
import { searchRequestPaths } from './search-requests.ts';
import type { TypedSearch } from './typed-searches.ts';

type Answer = { status: number; ms: number; retryAfter: boolean };

function get(url: string, agent: http.Agent): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            ms: performance.now() - started,
            retryAfter: response.headers['retry-after'] !== undefined,
          }),
        );
      })
      // A refused or dropped connection counts as status 0.
      .on('error', () => resolve({ status: 0, ms: performance.now() - started, retryAfter: false }));
  });
}

/**
 * One reader's client searching as fast as the server answers: each of its
 * connections sends a keystroke's three requests one after another, then the
 * next keystroke's, never waiting and never obeying Retry-After. Runs until
 * stop(), which resolves with what it saw.
 */
export function startTypingReader(base: string, searches: Iterator<TypedSearch>, connections = 2) {
  let running = true;
  const answers: Answer[] = [];
  let keystrokesSent = 0;
  const started = performance.now();

  async function typeOn(agent: http.Agent) {
    while (running) {
      const next = searches.next();
      if (next.done) break;
      keystrokesSent += 1;
      for (const path of searchRequestPaths(next.value.q, next.value.lang))
        answers.push(await get(`${base}${path}`, agent));
    }
    agent.destroy();
  }
  // One agent with one socket per connection, so each connection's requests queue behind each other only.
  const loops = Array.from({ length: connections }, () => typeOn(new http.Agent({ keepAlive: true, maxSockets: 1 })));

  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      const seconds = (performance.now() - started) / 1000;
      const answered = answers.filter((answer) => answer.status === 200);
      const refused = answers.filter((answer) => answer.status === 503);
      return {
        connections,
        seconds,
        keystrokes: keystrokesSent,
        requests: answers.length,
        requestsPerSecond: answers.length / seconds,
        answered: { count: answered.length, ...latencySummary(answered.map((answer) => answer.ms)) },
        refused: {
          count: refused.length,
          withoutRetryAfter: refused.filter((answer) => !answer.retryAfter).length,
          ...latencySummary(refused.map((answer) => answer.ms)),
        },
        otherFailures: answers.length - answered.length - refused.length,
      };
    },
  };
}

export type TypingReport = Awaited<ReturnType<ReturnType<typeof startTypingReader>['stop']>>;
