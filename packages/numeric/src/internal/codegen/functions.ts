import { SCALAR_FUNCTIONS } from '../scalar-functions.js';
import { literalOf, nameText } from './escape.js';

/** A scalar implementation generated code calls. */
export type ScalarFunction = (...args: number[]) => number;

/** The names of the table, in index order: generated code calls function `name` as `table[index]`. */
const TABLE_NAMES: readonly string[] = [...SCALAR_FUNCTIONS.keys()];

/** The implementations generated code calls by index, in {@link TABLE_NAMES} order. */
export const FUNCTION_TABLE: readonly ScalarFunction[] = TABLE_NAMES.map((name) => SCALAR_FUNCTIONS.get(name)!);

/** The table index of a function, looked up by name. */
export function tableIndex(name: string): number {
  const index = TABLE_NAMES.indexOf(name);
  if (index < 0) throw new Error(`bp internal error: no compiled implementation of ${literalOf(name)}`);
  return index;
}

/** `f0 = exp, f1 = log, …`: the whole table, for a kernel's header comment. */
export function tableComment(): string {
  return TABLE_NAMES.map((name, i) => `f${i} = ${nameText(name)}`).join(', ');
}

/** Self-contained source of a table function: its own text, or `Math.name` for a built-in. */
function functionSource(fn: ScalarFunction): string {
  const text = Function.prototype.toString.call(fn);
  if (!text.includes('[native code]')) return text;
  const name = Object.getOwnPropertyNames(Math).find((key) => (Math as unknown as Record<string, unknown>)[key] === fn);
  if (name === undefined) throw new Error('bp internal error: a table function has no source');
  return `Math.${name}`;
}

/**
 * Statements that fill a standalone module's table (`t[3] = <implementation>; // name`) with the
 * entries it uses, so the module needs nothing from bp.
 */
export function tableDefinitions(table: string, used: Iterable<number>): string {
  return [...used]
    .sort((a, b) => a - b)
    .map((i) => `${table}[${i}] = ${functionSource(FUNCTION_TABLE[i]!)}; // ${nameText(TABLE_NAMES[i]!)}`)
    .join('\n');
}
