/** Thrown when every render slot is taken and the queue is full: the page is shed with a 503. */
export class RenderersBusy extends Error {
  constructor() {
    super('Every page renderer is busy.');
  }
}

export type RenderSlotLimits = {
  /** Renders running at once. */
  concurrency: number;
  /** Renders waiting for a slot. */
  queue: number;
  /** How long a render may wait for a slot before it is refused after all. */
  maxWaitMs: number;
};

/**
 * Rendering a page is the server's costliest work and holds the event loop
 * while React runs. At most `concurrency` renders run at once and `queue` more
 * wait their turn, each for `maxWaitMs` at most; beyond that a page is refused
 * (RenderersBusy) rather than left to wait while every other request,
 * /healthz included, waits behind it, or while the reader gives up.
 */
export function createRenderSlots({ concurrency, queue, maxWaitMs }: RenderSlotLimits) {
  let running = 0;
  const waiting: { start: () => void; timer: ReturnType<typeof setTimeout> }[] = [];

  async function acquire(): Promise<void> {
    if (running < concurrency) {
      running += 1;
      return;
    }
    if (waiting.length >= queue) throw new RenderersBusy();
    // The slot is handed over by release(): `running` stays as it is.
    await new Promise<void>((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(new RenderersBusy());
        }, maxWaitMs),
      };
      waiting.push(entry);
    });
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next.start();
    else running -= 1;
  }

  return async function inSlot<T>(work: () => Promise<T>): Promise<T> {
    await acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
}

export type RenderSlots = ReturnType<typeof createRenderSlots>;
