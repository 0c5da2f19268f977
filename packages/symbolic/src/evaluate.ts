import { SymbolicError, type SourceSpan } from './errors.js';
import { operationOf, type NodeId } from './functions.js';
import { applyNode, type Graph } from './graph.js';
import { printText } from './print.js';

/** Values for a program's inputs. A Map is accepted too, so names such as `__proto__` are safe. */
export type Point = Readonly<Record<string, number>> | ReadonlyMap<string, number>;

/** A place where a derivative does not exist, met while evaluating a gradient. */
export interface Kink {
  /** The function with the kink (`relu`, `abs`, `max`, …). */
  readonly function: string;
  /** The call, as text in the inputs. */
  readonly expression: string;
  /** Its argument values at the point. */
  readonly args: readonly number[];
  /** The convention bp followed for the gradient there. */
  readonly convention: string;
  readonly position?: SourceSpan;
}

/** Reads a point into a Map, rejecting values that are not finite numbers. */
export function pointMap(at: Point): Map<string, number> {
  const entries = at instanceof Map ? [...(at as ReadonlyMap<string, number>)] : Object.entries(at);
  const map = new Map<string, number>();
  for (const [name, value] of entries) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new SymbolicError('invalid-argument', `the value of "${name}" must be a finite number, found ${String(value)}`);
    }
    map.set(name, value);
  }
  return map;
}

const SHORT = 60;

/**
 * Where a node was written: its own span, or for a node the simplifier made (`2 / -z` becomes
 * `-(2 / z)`) the smallest span covering the source text of everything it reads.
 */
export function spanOf(graph: Graph, id: NodeId): SourceSpan | undefined {
  const own = graph.spans.get(id);
  if (own !== undefined) return own;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const below of graph.reachable([id])) {
    const span = graph.spans.get(below);
    if (span === undefined) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return start <= end ? { start, end } : undefined;
}

/** A node's text for messages, shortened. */
export function describe(graph: Graph, id: NodeId): string {
  let text: string;
  try {
    text = printText(graph, id, 'compact', true);
  } catch {
    text = `${graph.node(id).name ?? graph.node(id).op}(…)`;
  }
  return text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text;
}

/** " at x = 1, y = 2" for the inputs a node reads (at most six), or nothing for a constant. */
export function formatPoint(graph: Graph, id: NodeId, point: ReadonlyMap<string, number>): string {
  const names = graph.reachable([id]).map((n) => graph.node(n)).filter((n) => n.op === 'input').map((n) => n.name!);
  return names.length === 0 ? '' : ` at ${names.slice(0, 6).map((n) => `${n} = ${point.get(n)}`).join(', ')}${names.length > 6 ? ', …' : ''}`;
}

/** Why an operation has no finite value: outside its domain, or a result beyond the largest double. */
export interface Failure {
  readonly code: 'domain' | 'overflow';
  readonly reason: string;
}

/**
 * Why a node's value is not a finite number although its arguments are: `overflow` when the exact
 * result exists but exceeds the largest double (1e200 * 1e200, exp(1000)), `domain` otherwise.
 */
export function failure(graph: Graph, id: NodeId, args: readonly number[], value: number): Failure {
  const node = graph.node(id);
  const operation = operationOf(node);
  const reason = operation?.domain?.(args);
  if (reason !== undefined) return { code: 'domain', reason };
  // A pole (nthRoot(0, -2)) is infinite at an argument of 0; elsewhere an infinite value is an overflow.
  if (node.op === 'call' && (Number.isNaN(value) || args.some((arg) => arg === 0))) return { code: 'domain', reason: `${node.name!} is undefined there` };
  return { code: 'overflow', reason: `${operation?.quantity ?? 'the result'} exceeds the largest number (about 1.8e308)` };
}

/** The value of one node from its arguments' values. */
export function apply(graph: Graph, id: NodeId, args: readonly number[]): number {
  return applyNode(graph.node(id), args);
}

/**
 * Evaluates the given nodes (ascending ids) into `values`; a value outside a function's domain or
 * a division by zero is a `domain` error, a result beyond the largest double an `overflow` error,
 * each naming the operation and the point. Nodes already in `values` are skipped; `onVisit` is
 * called once for each node evaluated.
 * @throws {SymbolicError} `domain` or `overflow` with the span of the offending operation when it came from source text.
 */
export function evaluateNodes(
  graph: Graph,
  order: readonly NodeId[],
  point: ReadonlyMap<string, number>,
  values: Map<NodeId, number>,
  strict = true,
  onVisit?: (id: NodeId) => void,
): void {
  for (const id of order) {
    if (values.has(id)) continue;
    onVisit?.(id);
    const node = graph.node(id);
    if (node.op === 'input') {
      const value = point.get(node.name!);
      if (value === undefined && strict) {
        throw new SymbolicError('invalid-argument', `no value given for the input "${node.name!}"`);
      }
      values.set(id, value ?? Number.NaN);
      continue;
    }
    const args = node.args.map((arg) => values.get(arg)!);
    const value = apply(graph, id, args);
    const reason = operationOf(node)?.domain?.(args);
    if (strict && (reason !== undefined || !Number.isFinite(value))) {
      const why = failure(graph, id, args, value);
      const what = why.code === 'overflow' ? 'overflows' : 'is undefined';
      throw new SymbolicError(why.code, `${describe(graph, id)} ${what}${formatPoint(graph, id, point)}: ${why.reason}`, spanOf(graph, id));
    }
    values.set(id, value);
  }
}

/** The kinks among the given nodes at the evaluated point. */
export function kinksAt(graph: Graph, order: readonly NodeId[], values: ReadonlyMap<NodeId, number>): Kink[] {
  const kinks: Kink[] = [];
  for (const id of order) {
    const node = graph.node(id);
    const spec = operationOf(node);
    if (spec === undefined || graph.isConstant[id]) continue;
    const args = node.args.map((arg) => values.get(arg)!);
    if (spec.kink?.(args) !== true) continue;
    const span = graph.spans.get(id);
    kinks.push({
      function: node.name ?? node.op,
      expression: describe(graph, id),
      args,
      convention: spec.convention ?? '',
      ...(span ? { position: span } : {}),
    });
  }
  return kinks;
}
