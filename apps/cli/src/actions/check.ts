import type { Context } from '../main.js';
import { notAvailable } from './not-available.js';

/** `bp check`: waits for @bp/verify (finite differences and reports). */
export function run(context: Context): Promise<number> {
  return Promise.reject(notAvailable(context.command, '@bp/verify'));
}
