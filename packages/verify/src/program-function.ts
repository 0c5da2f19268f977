import { parse, type Program } from '@bp/symbolic';
import { VerifyError } from './errors.js';
import { fieldFunction, type DifferentiableFunction, type Field } from './field.js';

type Unary = 'exp' | 'log' | 'sqrt' | 'sin' | 'cos' | 'tan' | 'sinh' | 'cosh' | 'tanh' | 'atan' | 'sigmoid' | 'softplus' | 'relu' | 'abs';
const UNARY: ReadonlySet<string> = new Set<Unary>(['exp', 'log', 'sqrt', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'atan', 'sigmoid', 'softplus', 'relu', 'abs']);

/** The functions a {@link Field} implements; programs using only these can run on complex numbers. */
export function isFieldCompatible(source: string | Program): boolean {
  const program = typeof source === 'string' ? parse(source) : source;
  const { graph } = program;
  return graph.reachable([program.output]).every((id) => {
    const node = graph.node(id);
    if (node.op !== 'call') return true;
    const name = node.name!;
    return (UNARY.has(name) && node.args.length === 1) || name === 'max' || name === 'min' || name === 'pi' || name === 'e';
  });
}

/**
 * A bp expression or program as a function of a Float64Array (its inputs in `program.inputs`
 * order, or `wrt` order) that also runs on complex numbers, so every finite-difference scheme,
 * complex step included, can check it. Inputs not in `wrt` are held at `at`.
 * @throws {VerifyError} `invalid-argument` when the program calls a function the complex field
 *   lacks (the real-valued schemes still work through @bp/symbolic's `evaluate`).
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
  return fieldFunction(<T>(x: readonly T[], F: Field<T>): T => {
    const values = new Map<number, T | number>();
    const get = (id: number): T | number => values.get(id)!;
    for (const id of order) {
      const node = graph.node(id);
      const [a, b] = node.args.map(get) as [T | number, T | number];
      let value: T | number;
      switch (node.op) {
        case 'const': value = node.value!; break;
        case 'input': {
          const i = slot.get(node.name!);
          value = i !== undefined ? x[i]! : Object.prototype.hasOwnProperty.call(fixed, node.name!) ? fixed[node.name!]! : Number.NaN;
          break;
        }
        case 'name': value = a; break;
        case 'add': value = F.add(a, b); break;
        case 'sub': value = F.sub(a, b); break;
        case 'mul': value = F.mul(a, b); break;
        case 'div': value = F.div(a, b); break;
        case 'neg': value = F.neg(a); break;
        case 'pow': value = F.pow(a, b); break;
        case 'call': {
          const name = node.name!;
          if (name === 'pi') value = Math.PI;
          else if (name === 'e') value = Math.E;
          else if (name === 'max') value = node.args.map(get).reduce((m, v) => F.max(m, v));
          else if (name === 'min') value = node.args.map(get).reduce((m, v) => F.min(m, v));
          else value = F[name as Unary](a);
          break;
        }
      }
      values.set(id, value);
    }
    const result = get(output);
    return typeof result === 'number' ? F.constant(result) : result;
  });
}
