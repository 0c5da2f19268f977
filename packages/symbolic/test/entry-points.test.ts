import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Through the package's own name, as a user's code imports it: the `exports` map of package.json,
// resolved to the built files.
const root = await import('@bp/symbolic');
const engine = await import('@bp/symbolic/engine');

describe('the entry points', () => {
  it('give the user API at the root and the engine contract at @bp/symbolic/engine', () => {
    expect(Object.keys(root)).toEqual(expect.arrayContaining(['parse', 'derive', 'gradient', 'backprop', 'hessian', 'jvp', 'SymbolicError']));
    expect(Object.keys(engine)).toEqual(expect.arrayContaining(['Graph', 'FUNCTIONS', 'gradientGraph', 'hessianGraph', 'tangentSweep', 'localPartial', 'printText']));
    for (const name of ['Graph', 'FUNCTIONS', 'gradientGraph', 'printText', 'localPartial', 'tangentSweep']) expect(root).not.toHaveProperty(name);
  });

  it('share one graph class: a program the root parses is a graph the engine extends', () => {
    const program = root.parse('x^2 * y');
    expect(program.graph).toBeInstanceOf(engine.Graph);
    const { gradient, graph } = engine.gradientGraph(program, ['x']);
    // ∂(x²y)/∂x = 2xy: 12 at x = 3, y = 2.
    expect(root.evaluate(engine.printText(graph, gradient.get('x')!), { x: 3, y: 2 })).toBe(12);
  });

  it('are declared with their types in package.json, each pointing into dist', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    expect(manifest.exports['./engine']).toEqual({ types: './dist/engine.d.ts', default: './dist/engine.js' });
  });
});
