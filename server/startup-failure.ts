import { type Config, ConfigError, readConfig } from './config.ts';

/**
 * Stops a process that cannot start, with one plain line on stderr: it comes
 * before any log is set up, and an operator reads it in a terminal or a unit's status.
 */
export function stopStarting(message: string, exitCode: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}

/** The configuration, or exit code 2 with the one line that says which variable is wrong. */
export function readConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) stopStarting(error.message, 2);
    throw error;
  }
}
