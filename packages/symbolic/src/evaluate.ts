import { SymbolicError, type SourceSpan } from './errors.js';
import { FUNCTIONS, type NodeId } from './functions.js';
import type { Graph } from './graph.js';
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

function formatPoint(graph: Graph, id: NodeId, point: ReadonlyMap<string, number>): string {
  const names = graph.reachable([id]).map((n) => graph.node(n)).filter((n) => n.op === 'input').map((n) => n.name!);
  return names.length === 0 ? '' : ` at ${names.slice(0, 6).map((n) => `${n} = ${point.get(n)}`).join(', ')}${names.length > 6 ? ', …' : ''}`;
}

function domainReason(graph: Graph, id: NodeId, args: readonly number[], value: number): string {
  const node = graph.node(id);
  switch (node.op) {
    case 'div':
      return args[1] === 0 ? 'division by zero' : 'the quotient overflows';
    case 'pow':
      if (args[0] === 0 && args[1]! < 0) return 'zero to a negative power';
      if (Number.isNaN(value)) return 'a negative base needs an integer exponent';
      return 'the power overflows';
    case 'call': {
      const spec = FUNCTIONS.get(node.name!)!;
      return spec.domain?.(args) ?? (Number.isNaN(value) ? `${node.name!} is undefined there` : `${node.name!} overflows`);
    }
    default:
      return 'the result overflows';
  }
}

/** The value of one node from its arguments' values. */
export function apply(graph: Graph, id: NodeId, args: readonly number[]): number {
  const node = graph.node(id);
  const [a, b] = args as [number, number];
  switch (node.op) {
    case 'const':
      return node.value!;
    case 'input':
      return Number.NaN;
    case 'name':
      return a;
    case 'add':
      return a + b;
    case 'sub':
      return a - b;
    case 'mul':
      return a * b;
    case 'div':
      return a / b;
    case 'neg':
      return -a;
    case 'pow':
      return Math.pow(a, b);
    case 'call':
      return FUNCTIONS.get(node.name!)!.value(args);
  }
}

/**
 * Evaluates the given nodes (ascending ids) into `values`; a value outside a function's domain,
 * a division by zero or an overflow is a `domain` error naming the function and the point.
 * @throws {SymbolicError} `domain` with the span of the offending call when it came from source text.
 */
export function evaluateNodes(
  graph: Graph,
  order: readonly NodeId[],
  point: ReadonlyMap<string, number>,
  values: Map<NodeId, number>,
  strict = true,
): void {
  for (const id of order) {
    if (values.has(id)) continue;
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
    const reason = node.op === 'call' ? FUNCTIONS.get(node.name!)!.domain?.(args) : undefined;
    if (strict && (reason !== undefined || !Number.isFinite(value))) {
      throw new SymbolicError(
        'domain',
        `${describe(graph, id)} is undefined${formatPoint(graph, id, point)}: ${domainReason(graph, id, args, value)}`,
        spanOf(graph, id),
      );
    }
    values.set(id, value);
  }
}

/** The kinks among the given nodes at the evaluated point. */
export function kinksAt(graph: Graph, order: readonly NodeId[], values: ReadonlyMap<NodeId, number>): Kink[] {
  const kinks: Kink[] = [];
  for (const id of order) {
    const node = graph.node(id);
    if (node.op !== 'call' || graph.isConstant[id]) continue;
    const spec = FUNCTIONS.get(node.name!)!;
    const args = node.args.map((arg) => values.get(arg)!);
    if (spec.kink?.(args) !== true) continue;
    const span = graph.spans.get(id);
    kinks.push({
      function: node.name!,
      expression: describe(graph, id),
      args,
      convention: spec.convention ?? '',
      ...(span ? { position: span } : {}),
    });
  }
  return kinks;
}
