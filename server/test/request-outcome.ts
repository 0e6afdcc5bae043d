import { type Agent, request } from 'node:http';

/**
 * What one request got: an answer (read to its end or not), or a connection
 * error. `stopping`: the answer said "Connection: close", so the server knew
 * it was stopping when it sent it.
 */
export type Outcome = { status?: number; error?: string; complete: boolean; stopping?: boolean };

/**
 * One GET to 127.0.0.1, on a connection of `agent`'s, or a new one of its own
 * (`false`), told as an Outcome rather than thrown, for tests that stop a
 * server while readers keep asking.
 */
export function requestOutcome(
  port: number,
  agent: Agent | false,
  path = '/api/articles?pageSize=50',
): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      const stopping = res.headers.connection === 'close';
      res.on('end', () => resolve({ status: res.statusCode, complete: bytes > 0, stopping }));
      res.on('error', (error) => resolve({ status: res.statusCode, error: error.message, complete: false }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message, complete: false }));
    req.end();
  });
}
