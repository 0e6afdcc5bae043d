// Crashes counted together: a process that dies over and over within this
// window is failing for a reason a restart will not fix at once.
const WINDOW_MS = 60_000;
const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 30_000;

/**
 * How long to wait before replacing a server process that died, given the
 * times of the crashes so far (this one included): at once for the first in
 * a minute, then 0.5 s, 1 s, 2 s... up to 30 s, so that a process that dies
 * as soon as it starts is not restarted in a loop that takes every core.
 */
export function replacementDelayMs(crashTimes: readonly number[], now: number): number {
  const recent = crashTimes.filter((time) => time > now - WINDOW_MS).length;
  return recent <= 1 ? 0 : Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (recent - 2));
}
