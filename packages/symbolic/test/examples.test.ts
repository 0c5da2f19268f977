import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractExamples, runExample } from '@bp/doc-examples';

import * as vitest from 'vitest';
import { describe, expect, it, vi } from 'vitest';

// Every @example in src runs against the built package, as a user's code would, and each of its
// result comments (// → exact, // ≈ to the digits shown) must match the value; see tools/doc-examples.
const built = (file: string): Promise<Record<string, unknown>> => import(new URL(`../dist/${file.replace(/\.ts$/, '.js')}`, import.meta.url).href) as Promise<Record<string, unknown>>;
/** The built modules beside a source file (in a subfolder only: `present/*`), so an internal helper's example may use its siblings. */
async function siblings(file: string): Promise<Record<string, unknown>> {
  const folder = dirname(file);
  if (folder === '.') return {};
  const names = readdirSync(fileURLToPath(new URL(`../dist/${folder}`, import.meta.url))).filter((name) => name.endsWith('.js'));
  const modules = await Promise.all(names.map((name) => built(join(folder, name))));
  return Object.assign({}, ...modules) as Record<string, unknown>;
}
const examples = extractExamples(fileURLToPath(new URL('../src', import.meta.url)));

describe('the @example of every doc comment in src', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))('%s holds', async (_, example) => {
    // Fresh modules for each example, so state one example sets (a gemm backend) never leaks into
    // the next; the engine's exports are in scope too, and the modules beside it and then the example's own
    // module come last, so an internal helper's example runs too.
    vi.resetModules();
    const globals = { ...(await built('index.ts')), ...(await built('engine.ts')), ...(await siblings(example.file)), ...(await built(example.file)) };
    const importModule = (specifier: string): Promise<unknown> => (specifier === 'vitest' ? Promise.resolve(vitest) : import(specifier));
    expect(await runExample(example, { globals, importModule })).toEqual([]);
  });
});
