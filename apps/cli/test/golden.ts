import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the committed golden files live. */
export const GOLDEN_DIR: string = fileURLToPath(new URL('golden/', import.meta.url));

/**
 * The committed golden text named `name`, to compare with `actual`. A normal run only reads: a
 * missing file fails, so a golden is never created by the run that checks against it. With
 * `BP_UPDATE_GOLDEN=1` it writes `actual` first, after a deliberate change of output.
 */
export function golden(name: string, actual: string, dir: string = GOLDEN_DIR, env: NodeJS.ProcessEnv = process.env): string {
  const path = join(dir, name);
  if (env.BP_UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  else if (!existsSync(path)) {
    throw new Error(`golden file ${path} is missing: create it with BP_UPDATE_GOLDEN=1 pnpm --filter @bp/cli test, then review and commit it`);
  }
  return readFileSync(path, 'utf8');
}
