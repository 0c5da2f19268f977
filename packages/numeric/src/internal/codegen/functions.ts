import { SCALAR_FUNCTIONS, scalarSource } from '../scalar-functions.js';
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

/**
 * Statements that fill a standalone module's table (`t[3] = <implementation>; // name`) with the
 * entries it uses, so the module needs nothing from bp.
 */
export function tableDefinitions(table: string, used: Iterable<number>): string {
  return [...used]
    .sort((a, b) => a - b)
    .map((i) => `${table}[${i}] = ${scalarSource(TABLE_NAMES[i]!)}; // ${nameText(TABLE_NAMES[i]!)}`)
    .join('\n');
}
