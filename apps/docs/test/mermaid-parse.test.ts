import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { backprop, toMermaid, writeup } from '@bp/symbolic';
import { beforeAll, describe, expect, it } from 'vitest';

/** mermaid's own parser (the one the site renders with), loaded in Node. */
type Parse = (text: string) => Promise<unknown>;
let parse: Parse;

beforeAll(async () => {
  // mermaid sanitizes labels with DOMPurify, which needs a browser DOM; parsing does not, so its
  // hooks are stubbed on the instance mermaid imports (its ES build, resolved from mermaid).
  const require = createRequire(import.meta.url);
  const purifyDir = dirname(createRequire(require.resolve('mermaid')).resolve('dompurify'));
  const purify = (await import(join(purifyDir, 'purify.es.mjs'))) as { default: Record<string, unknown> };
  Object.assign(purify.default, { addHook() {}, removeHook() {}, removeHooks() {}, sanitize: (text: unknown) => String(text) });
  const mermaid = (await import('mermaid')).default;
  parse = (text) => mermaid.parse(text);
});

const mermaidBlock = (markdown: string): string => /```mermaid\n([\s\S]*?)\n```/.exec(markdown)![1]!;

const SOURCES: readonly [string, Record<string, number> | undefined][] = [
  ['z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2', { x: 2, w: 0.5, b: 1, y: 1 }],
  ['a = x*y; b = a + z; c = b^2', undefined],
  ['θ_1 = abs(x$) ; h$ = θ_1^2 ; out = h$ * (x$ - 1)', { x$: -1.5 }],
  ['p = sigmoid(w*x); L = -(y*log(p) + (1 - y)*log(1 - p)) + abs(w)', { w: 0.3, x: 2, y: 1 }],
  ['x^y + y^x', { x: 2, y: 3 }],
  ['max(x, y) - min(x, abs(y))', { x: 1, y: -2 }],
];

describe('the Mermaid graphs bp writes', () => {
  it.each(SOURCES)('parse with mermaid’s flowchart parser: %s', async (source, at) => {
    const options = at === undefined ? {} : { at };
    await expect(parse(mermaidBlock(writeup(source, options)))).resolves.toBeTruthy();
    await expect(parse(toMermaid(backprop(source, options)))).resolves.toBeTruthy();
  });

  it('would be refused if a label kept a raw quote (the parser is strict enough to test with)', async () => {
    await expect(parse('flowchart LR\n  n1(["x"]) -->|"bad"quote"| n2["a"]')).rejects.toThrow();
  });
});
