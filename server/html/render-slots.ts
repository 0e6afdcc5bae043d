/** Thrown when every render slot is taken and the queue is full: the page is shed with a 503. */
export class RenderersBusy extends Error {
  constructor() {
    super('Every page renderer is busy.');
  }
}

/**
 * Rendering a page is the server's costliest work and holds the event loop
 * while React runs. At most `concurrency` renders run at once and `queue` more
 * wait their turn; beyond that a page is refused at once (RenderersBusy)
 * rather than left to wait while every other request, /healthz included,
 * waits behind it.
 */
export function createRenderSlots({ concurrency, queue }: { concurrency: number; queue: number }) {
  let running = 0;
  const waiting: (() => void)[] = [];

  async function acquire(): Promise<void> {
    if (running < concurrency) {
      running += 1;
      return;
    }
    if (waiting.length >= queue) throw new RenderersBusy();
    // The slot is handed over by release(): `running` stays as it is.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
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
