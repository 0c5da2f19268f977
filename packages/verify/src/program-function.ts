import { parse, type Program } from '@bp/symbolic';
import { operationOf } from '@bp/symbolic/engine';
import { VerifyError } from './errors.js';
import { fieldFunction, type DifferentiableFunction, type Field } from './field.js';

/** Whether every operation of the program has a field form (its spec's `field`), so it can run on complex numbers. */
export function isFieldCompatible(source: string | Program): boolean {
  const program = typeof source === 'string' ? parse(source) : source;
  const { graph } = program;
  return graph.reachable([program.output]).every((id) => {
    const node = graph.node(id);
    return node.op === 'const' || node.op === 'input' || node.op === 'name' || operationOf(node)?.field !== undefined;
  });
}

/**
 * A bp expression or program as a function of a Float64Array (its inputs in `program.inputs`
 * order, or `wrt` order) that also runs on complex numbers, so every finite-difference scheme,
 * complex step included, can check it. Inputs not in `wrt` are held at `at`. Each operation runs
 * in its spec's field form (@bp/symbolic's ops/).
 * @throws {VerifyError} `invalid-argument` when the program calls a function without a field
 *   form (the real-valued schemes still work through @bp/symbolic's `evaluate`).
 * @example
 * const f = programFunction('x^2 * sin(y)');
 * f(new Float64Array([2, 0])); // → 0
 */
export function programFunction(
  source: string | Program,
  options: { readonly wrt?: readonly string[]; readonly at?: Readonly<Record<string, number>> } = {},
): DifferentiableFunction {
  const program = typeof source === 'string' ? parse(source) : source;
  if (!isFieldCompatible(program)) {
    throw new VerifyError('invalid-argument', 'this program calls a function the complex-step field does not implement; use a real-valued scheme', { parameter: 'source' });
  }
  const { graph, output } = program;
  const order = graph.reachable([output]);
  const wrt = options.wrt ?? program.inputs;
  const slot = new Map(wrt.map((name, i) => [name, i]));
  const fixed = options.at ?? {};
  const held = (name: string): number => (Object.prototype.hasOwnProperty.call(fixed, name) ? fixed[name]! : Number.NaN);
  return fieldFunction(<T>(x: readonly T[], F: Field<T>): T => {
    const values = new Map<number, T>();
    for (const id of order) {
      const node = graph.node(id);
      const args = node.args.map((arg) => values.get(arg)!);
      let value: T;
      if (node.op === 'const') value = F.constant(node.value!);
      else if (node.op === 'input') {
        const i = slot.get(node.name!);
        value = i !== undefined ? x[i]! : F.constant(held(node.name!));
      } else if (node.op === 'name') value = args[0]!;
      else value = operationOf(node)!.field!<T>(args, F);
      values.set(id, value);
    }
    return values.get(output)!;
  });
}
