import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { answerBytes, responseCache } from './response-cache.ts';

// A stand-in for the API: every answer it has to work out is counted, so a
// test can tell an answer served from memory from one worked out again.
function countingApi(budgetBytes: number) {
  let version = 'import-1';
  let worked = 0;
  let held: Promise<void> = Promise.resolve();
  const app = new Hono();
  app.use(responseCache(() => version, budgetBytes));
  app.get('/answers/:id', async (c) => {
    worked += 1;
    await held;
    return c.json({ id: c.req.param('id'), text: 'x'.repeat(Number(c.req.query('size') ?? 200)) });
  });
  app.get('/missing', (c) => ((worked += 1), c.json({ title: 'Not Found' }, 404)));
  app.get('/plain', (c) => ((worked += 1), c.text('plain text')));
  return {
    get: async (url: string) => (await app.request(url)).text(),
    worked: () => worked,
    /** Answers wait until released, so readers can be made to meet in flight. */
    hold() {
      let release = () => {};
      held = new Promise((resolve) => (release = resolve));
      return release;
    },
    newImport: () => (version = `${version}+`),
  };
}

// Same-length URLs and bodies, so every answer costs the same.
const IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const url = (id: string) => `/answers/${id}`;
const ANSWER_BYTES = answerBytes(JSON.stringify({ id: '1', text: 'x'.repeat(200) }), url('1'));
const ROOM_FOR_EIGHT = 8 * ANSWER_BYTES;

describe('the API answer cache', () => {
  it('answers a repeated request from memory, keyed by path and query', async () => {
    const api = countingApi(ROOM_FOR_EIGHT);
    const first = await api.get('/answers/1?size=10');
    expect(await api.get('/answers/1?size=10')).toBe(first);
    expect(api.worked()).toBe(1);

    expect(await api.get('/answers/1?size=11')).not.toBe(first);
    expect(await api.get('/answers/2?size=10')).not.toBe(first);
    expect(api.worked()).toBe(3);
  });

  it('starts empty after a new import', async () => {
    const api = countingApi(ROOM_FOR_EIGHT);
    await api.get(url('1'));
    api.newImport();
    await api.get(url('1'));
    expect(api.worked()).toBe(2);
  });

  it('lets the least recently used answer go first when the budget is spent', async () => {
    const api = countingApi(ROOM_FOR_EIGHT);
    for (const id of IDS.slice(0, 8)) await api.get(url(id));
    await api.get(url('1')); // read again: now the most recent
    await api.get(url('9')); // one too many: answer 2 has to go
    expect(api.worked()).toBe(9);

    await api.get(url('1'));
    expect(api.worked()).toBe(9);
    await api.get(url('2'));
    expect(api.worked()).toBe(10);
  });

  it('counts an answer once when two readers miss it at the same time', async () => {
    const api = countingApi(ROOM_FOR_EIGHT);
    const release = api.hold();
    const racing = Promise.all([api.get(url('1')), api.get(url('1'))]);
    await vi.waitFor(() => expect(api.worked()).toBe(2)); // both missed and are working it out
    release();
    await racing;
    for (const id of IDS.slice(1, 8)) await api.get(url(id));
    expect(api.worked()).toBe(9);

    // Eight answers fit the budget; counted twice, the first would have been pushed out.
    for (const id of IDS.slice(0, 8)) await api.get(url(id));
    expect(api.worked()).toBe(9);
  });

  it('never keeps an answer larger than an eighth of its budget', async () => {
    const api = countingApi(ROOM_FOR_EIGHT);
    const tooLarge = `${url('1')}?size=${200 + ANSWER_BYTES}`;
    await api.get(tooLarge);
    await api.get(tooLarge);
    expect(api.worked()).toBe(2);
  });

  it('keeps only successful JSON answers', async () => {
    const api = countingApi(ROOM_FOR_EIGHT);
    for (const path of ['/missing', '/missing', '/plain', '/plain']) await api.get(path);
    expect(api.worked()).toBe(4);
  });

  it('keeps nothing when its budget is 0', async () => {
    const api = countingApi(0);
    await api.get(url('1'));
    await api.get(url('1'));
    expect(api.worked()).toBe(2);
  });
});
