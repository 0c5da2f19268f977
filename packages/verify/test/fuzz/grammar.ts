/**
 * The grammar the fuzz suite draws sources from: bp's expression language with every function at
 * its right and wrong arities, numbers from the smallest subnormal range to near the largest
 * double, hostile identifiers, and programs whose intermediates fan out.
 */
import { FUNCTIONS } from '@bp/symbolic/engine';
import fc from 'fast-check';

/** Names that break naive code: prototype keys, keywords of other languages, Unicode, very long. */
export const HOSTILE_NAMES: readonly string[] = [
  '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', 'this', 'return',
  'π', 'α1', 'x_1', '$t', '_', 'ℓ', 'ä', 'e', 'pi', 'Infinity', 'NaN', 'sin', 'mod', 'δ_z', 'x'.repeat(300),
];

/** Every function a user may call (helpers that appear only in derivatives excluded). */
export const CALLABLE = [...FUNCTIONS.values()].filter((spec) => spec.helper !== true);

/** Numbers as source text: small integers, decimals, and doubles from 1e-320 to 1e308. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 9 }).map(String),
  fc.constantFrom('0.5', '0.1', '2.5', '1e-3', '1e3'),
  fc.double({ min: 1e-320, max: 1e308, noNaN: true, noDefaultInfinity: true }).map((v) => String(v)),
);

/** Expressions over the given variables, with every function at a right or wrong number of arguments. */
export function expressionOver(variables: fc.Arbitrary<string>, numbers: fc.Arbitrary<string>, wrongArity: boolean): fc.Arbitrary<string> {
  return fc.letrec<{ expr: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      variables,
      numbers,
      fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '^'), tie('expr')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
      tie('expr').map((a) => `-(${a})`),
      fc.tuple(fc.constantFrom(...CALLABLE), fc.array(tie('expr'), { minLength: 0, maxLength: 3 })).chain(([spec, pool]) => {
        // max and min take any number of arguments: a few more than two is enough to exercise them.
        const [low, high] = [spec.arity[0], Math.min(spec.arity[1], 4)];
        const counts = wrongArity ? [low, high, high + 1, Math.max(0, low - 1)] : [low, high];
        return fc.constantFrom(...counts).map((count) => {
          const args = Array.from({ length: count }, (_, i) => pool[i] ?? '1');
          return `${spec.name}(${args.join(', ')})`;
        });
      }),
    ),
  })).expr;
}

/** A program of 2–4 assignments, each free to read every earlier name (fan-out) and the inputs. */
export function programOver(variables: readonly string[], numbers: fc.Arbitrary<string>, wrongArity: boolean): fc.Arbitrary<string> {
  return fc.integer({ min: 2, max: 4 }).chain((count) => {
    const names = Array.from({ length: count }, (_, i) => `v${i}`);
    const lines = names.map((name, i) =>
      expressionOver(fc.constantFrom(...variables, ...names.slice(0, i)), numbers, wrongArity).map((expr) => `${name} = ${expr}`),
    );
    return fc.tuple(...lines).map((all) => all.join('\n'));
  });
}

/** Anything: hostile names and extreme numbers, wrong arities, expressions and programs. */
export const hostileSource: fc.Arbitrary<string> = fc.oneof(
  expressionOver(fc.constantFrom('x', 'y', ...HOSTILE_NAMES), numberText, true),
  programOver(['x', 'y', '__proto__', 'π'], numberText, true),
);

/** Moderate constants, for sources whose derivatives can be compared with references. */
const moderateNumber = fc.constantFrom('0.5', '2', '3', '1.5', '0.25', '10');

/** Well-formed sources over x and y (right arities, moderate constants), expressions and programs. */
export const wellFormedSource: fc.Arbitrary<string> = fc.oneof(
  expressionOver(fc.constantFrom('x', 'y'), moderateNumber, false),
  programOver(['x', 'y'], moderateNumber, false),
);

/** Well-formed sources over x and y with numbers anywhere from 1e-320 to 1e308. */
export const extremeSource: fc.Arbitrary<string> = fc.oneof(
  expressionOver(fc.constantFrom('x', 'y'), numberText, false),
  programOver(['x', 'y'], numberText, false),
);

/** A coordinate of a point where the references are compared. */
export const coordinate: fc.Arbitrary<number> = fc.double({ min: -2, max: 2, noNaN: true }).filter((v) => Math.abs(v) > 1e-3);
