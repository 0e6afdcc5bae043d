import { expect } from 'vitest';
import { ConfigError, readConfig } from '../config.ts';

/** The one line readConfig refuses these variables with; fails the test if it accepts them. */
export function configErrorFor(env: Record<string, string>): string {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
}
