import { SymbolicError } from './errors.js';
import { reverseSweep, type ReverseSweep } from './differentiate.js';
import { parse, type Program } from './parse.js';

const sweeps = new WeakMap<Program, ReverseSweep>();

/** Accepts source text or an already parsed program. */
export function toProgram(source: string | Program): Program {
  if (typeof source === 'string') return parse(source);
  if (source === null || typeof source !== 'object' || !('graph' in source)) {
    throw new SymbolicError('invalid-argument', 'expected source text or a Program from parse()');
  }
  return source;
}

/** The program's reverse sweep, built once per program and shared by every caller. */
export function sweepOf(program: Program): ReverseSweep {
  let sweep = sweeps.get(program);
  if (sweep === undefined) {
    sweep = reverseSweep(program.graph, program.output);
    sweeps.set(program, sweep);
  }
  return sweep;
}
