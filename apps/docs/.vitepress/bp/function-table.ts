import { derive } from '@bp/symbolic';
import { FUNCTIONS, type FunctionSpec } from '@bp/symbolic/engine';

const VARIABLES = ['x', 'y', 'z'];

/** A `|` inside a Markdown table cell ends the cell: LaTeX gets `\vert` instead. */
const cell = (latex: string): string => latex.replace(/\\left\|/g, '\\left\\vert ').replace(/\\right\|/g, '\\right\\vert ').replace(/\|/g, '\\vert ');

/** The arguments a call in the table takes: every required one, and a second for a variadic function. */
function argumentsOf(spec: FunctionSpec): string[] {
  const count = spec.arity[1] === Infinity ? 2 : spec.arity[1];
  return (spec.parameters ?? VARIABLES).slice(0, count);
}

/** One row: the call, its LaTeX, each partial derivative as bp derives it, the rule id and the kink convention. */
function row(spec: FunctionSpec, aliases: readonly string[]): string {
  const args = argumentsOf(spec);
  const call = spec.arity[1] === 0 ? spec.name : `${spec.name}(${args.join(', ')})`;
  const partials = spec.arity[1] === 0 ? '0' : args.map((v) => `$\\frac{\\partial}{\\partial ${v}} = ${cell(derive(call, v).latex)}$`).join('<br>');
  const names = [call, ...aliases.map((alias) => (spec.arity[1] === 0 ? alias : `${alias}(${args.join(', ')})`))].map((n) => `\`${n}\``).join(', ');
  const what = spec.summary === undefined ? '' : `<br>${spec.summary}`;
  return `| ${names} | $${cell(spec.latex(args))}$${what} | ${partials} | \`${spec.rule}\` | ${spec.convention ?? ''} |`;
}

/**
 * The table of every function and constant a source can use, read from @bp/symbolic's registry
 * when the site is built, each derivative derived by bp: a function added to the registry appears here.
 * @example
 * functionTable().includes('`atan2(y, x)`'); // → true
 */
export function functionTable(): string {
  const aliases = new Map<FunctionSpec, string[]>();
  for (const [name, spec] of FUNCTIONS) if (name !== spec.name) aliases.set(spec, [...(aliases.get(spec) ?? []), name]);
  const specs = [...new Set(FUNCTIONS.values())].filter((spec) => !spec.helper || spec.arity[1] === 0 || spec.name === 'sign');
  return [
    '| function | as LaTeX | derivatives | rule | at a kink |',
    '| --- | --- | --- | --- | --- |',
    ...specs.map((spec) => row(spec, aliases.get(spec) ?? [])),
  ].join('\n');
}
