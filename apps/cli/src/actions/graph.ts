import type { Context } from '../main.js';
import { notAvailable } from './not-available.js';

/** `bp graph`. */
export function run(context: Context): Promise<number> {
  return Promise.reject(notAvailable(context.command, '@bp/symbolic'));
}
