/**
 * Resolves in a later task. Start-up work is cut into tasks with it, so that
 * none runs long enough on a slow phone to delay a tap or a scroll.
 */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
