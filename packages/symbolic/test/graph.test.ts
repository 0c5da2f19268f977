import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Graph, type NodeId } from '../src/engine.js';

/** An expression tree, built independently of bp's graph. */
type Tree =
  | { readonly op: 'const'; readonly value: number }
  | { readonly op: 'input'; readonly name: string }
  | { readonly op: 'neg'; readonly a: Tree }
  | { readonly op: 'add' | 'sub' | 'mul' | 'div' | 'pow'; readonly a: Tree; readonly b: Tree };

const { tree } = fc.letrec<{ tree: Tree; leaf: Tree }>((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(-2, -1, 0, 0.5, 1, 2, 3).map((value): Tree => ({ op: 'const', value })),
    fc.constantFrom('x', 'y', 'z').map((name): Tree => ({ op: 'input', name })),
  ),
  tree: fc.oneof(
    { depthSize: 'large', maxDepth: 9, withCrossShrink: true },
    tie('leaf'),
    tie('tree').map((a): Tree => ({ op: 'neg', a })),
    fc.record({ op: fc.constantFrom('add', 'sub', 'mul', 'div'), a: tie('tree'), b: tie('tree') }) as fc.Arbitrary<Tree>,
    fc.record({ a: tie('tree'), b: fc.integer({ min: -3, max: 3 }) }).map(({ a, b }): Tree => ({ op: 'pow', a, b: { op: 'const', value: b } })),
  ),
}));

/** A graph that counts every constructor call, the recursive ones included. */
class CountingGraph extends Graph {
  calls = 0;
  override add(a: NodeId, b: NodeId): NodeId { this.calls++; return super.add(a, b); }
  override sub(a: NodeId, b: NodeId): NodeId { this.calls++; return super.sub(a, b); }
  override mul(a: NodeId, b: NodeId): NodeId { this.calls++; return super.mul(a, b); }
  override div(a: NodeId, b: NodeId): NodeId { this.calls++; return super.div(a, b); }
  override neg(a: NodeId): NodeId { this.calls++; return super.neg(a); }
  override pow(a: NodeId, b: NodeId): NodeId { this.calls++; return super.pow(a, b); }
}

function build(graph: Graph, t: Tree): NodeId {
  switch (t.op) {
    case 'const': return graph.constant(t.value);
    case 'input': return graph.input(t.name);
    case 'neg': return graph.neg(build(graph, t.a));
    default: return graph[t.op](build(graph, t.a), build(graph, t.b));
  }
}

function size(t: Tree): number {
  return t.op === 'const' || t.op === 'input' ? 1 : t.op === 'neg' ? 1 + size(t.a) : 1 + size(t.a) + size(t.b);
}

/**
 * A node rebuilt bottom-up through the simplifying constructors, each operation on its operands
 * in the order the graph stores them (a sum's or product's in id order, whatever order they were
 * written in: like terms are looked for in the first operand only, so `x + (x + 2)` and
 * `(x + 2) + x` may simplify differently).
 */
function rebuild(graph: Graph, root: NodeId): NodeId {
  const done = new Map<NodeId, NodeId>();
  for (const id of graph.reachable([root])) {
    const node = graph.node(id);
    const args = node.args.map((arg) => done.get(arg)!);
    let value: NodeId;
    if (node.op === 'const' || node.op === 'input') value = id;
    else if (node.op === 'neg') value = graph.neg(args[0]!);
    else value = graph[node.op as 'add' | 'sub' | 'mul' | 'div' | 'pow'](args[0]!, args[1]!);
    done.set(id, value);
  }
  return done.get(root)!;
}

describe('the simplifying constructors', () => {
  it('keep their normal form: rebuilding a result through them gives the very same node', () => {
    fc.assert(fc.property(tree, (t) => {
      const graph = new Graph();
      const node = build(graph, t);
      expect(rebuild(graph, node)).toBe(node);
    }), { numRuns: 2000 });
  });

  it('terminate after a number of calls bounded by the square of the tree’s size', () => {
    fc.assert(fc.property(tree, (t) => {
      const graph = new CountingGraph();
      build(graph, t);
      expect(graph.calls).toBeLessThanOrEqual(size(t) ** 2);
    }), { numRuns: 2000 });
  });
});

describe('a constant divisor', () => {
  it('cancels into a product’s number when the quotient is exact, and only then', () => {
    const graph = new Graph();
    const x = graph.input('x');
    const x2 = graph.pow(x, graph.constant(2));
    // 3·x²/3 = x² and 6·x/3 = 2·x exactly; 2·x/3 has no exact number 2/3, so it stays a quotient.
    expect(graph.div(graph.mul(graph.constant(3), x2), graph.constant(3))).toBe(x2);
    expect(graph.div(graph.mul(graph.constant(6), x), graph.constant(3))).toBe(graph.mul(graph.constant(2), x));
    expect(graph.node(graph.div(graph.mul(graph.constant(2), x), graph.constant(3))).op).toBe('div');
  });
});
