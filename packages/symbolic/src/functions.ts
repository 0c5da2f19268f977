/**
 * The registry of operations: every function bp knows, by the name users write, and the
 * arithmetic operators, each one spec (ops/) with its value, local derivative, rule, printing,
 * kinks, domain, scalar code and complex form. Everything else looks an operation up here.
 */
import { OPERATORS } from './ops/arithmetic.js';
import { CONSTANTS } from './ops/constants.js';
import { DERIVATIVE_HELPERS } from './ops/derivative-helpers.js';
import { ELEMENTARY } from './ops/elementary.js';
import { NEURAL } from './ops/neural.js';
import type { FunctionSpec, OperationSpec } from './ops/spec.js';
import type { Operator } from './ops/arithmetic.js';
import { HYPERBOLIC, TRIGONOMETRIC } from './ops/trigonometric.js';

export type { Builder, FieldForm, FunctionSpec, InlineCode, Intervals, NodeId, OperationSpec, ScalarField } from './ops/spec.js';
export type { Operator } from './ops/arithmetic.js';
export { OPERATORS } from './ops/arithmetic.js';
export { erf, nthRoot, power, share, sigmoid, softplus } from './ops/scalar.js';

const SPECS: readonly FunctionSpec[] = [...ELEMENTARY, ...TRIGONOMETRIC, ...HYPERBOLIC, ...NEURAL, ...DERIVATIVE_HELPERS, ...CONSTANTS];

function registry(): Map<string, FunctionSpec> {
  const map = new Map<string, FunctionSpec>(SPECS.map((spec) => [spec.name, spec]));
  for (const spec of SPECS) for (const alias of spec.aliases ?? []) map.set(alias, spec);
  return map;
}

/** Every function bp knows, by the name users write (an alias such as `PI` maps to its spec, whose `name` is `pi`). */
export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = registry();

/** The functions users can call, without the helpers that only appear inside derivatives (aliases included). */
export function functionNames(): string[] {
  return [...FUNCTIONS].filter(([, s]) => !s.helper || s.name === 'sign').map(([name]) => name);
}

/**
 * The spec of a graph node's operation: an operator's, or the called function's; undefined for
 * a constant, an input or a name, which are not operations.
 * @example
 * operationOf({ op: 'add' })?.value([1, 2]); // → 3
 */
export function operationOf(node: { readonly op: string; readonly name?: string }): OperationSpec | undefined {
  if (node.op === 'call') return FUNCTIONS.get(node.name!);
  return OPERATORS.get(node.op as Operator);
}
