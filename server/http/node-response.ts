import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/**
 * Node's response to a request that came over HTTP; undefined for the app's
 * own in-process calls (its API, asked while a page is rendered), which are
 * not readers' requests.
 */
export const nodeResponse = (c: Context): HttpBindings['outgoing'] | undefined =>
  (c.env as Partial<HttpBindings> | undefined)?.outgoing;
