import { SymbolicError } from './errors.js';

/**
 * A fact the user states about the inputs, which the presentation may use (and must say it used):
 * a sum of inputs equal to a number, as one-hot labels sum to 1.
 */
export interface Assumption {
  /** The assumption as bp writes it: `y_a + y_b + y_c = 1`. */
  readonly text: string;
  /** The inputs summed, in the order written. */
  readonly variables: readonly string[];
  /** The number they sum to. */
  readonly total: number;
}

const TOKEN = /\s*(?:([A-Za-z_][A-Za-z_0-9]*)|(\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)|(\S))/y;

interface Token {
  readonly kind: 'name' | 'number' | 'symbol';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const value = m[1] ?? m[2] ?? m[3]!;
    const kind = m[1] !== undefined ? 'name' : m[2] !== undefined ? 'number' : 'symbol';
    const end = TOKEN.lastIndex;
    out.push({ kind, text: value, start: end - value.length, end });
  }
  return out;
}

const SHAPE = 'an assumption is a sum of inputs equal to a number (y_a + y_b + y_c = 1)';

/** The names of one side, `a + b + c`, or undefined when it is not a sum of names. */
function sumOf(side: readonly Token[], text: string): Token[] {
  const names: Token[] = [];
  side.forEach((t, i) => {
    const expected = i % 2 === 0 ? 'name' : '+';
    if (expected === 'name' ? t.kind !== 'name' : t.text !== '+') {
      throw new SymbolicError('unsupported', `${SHAPE}, found "${t.text}"`, { start: t.start, end: t.end });
    }
    if (expected === 'name') names.push(t);
  });
  if (side.length % 2 === 0) {
    const at = side.at(-1)?.end ?? text.length;
    throw new SymbolicError('syntax', `${SHAPE}: a name is missing`, { start: at, end: at });
  }
  return names;
}

/** The number of the other side, with an optional minus sign. */
function numberOf(side: readonly Token[], text: string): number {
  const [first, second] = side;
  const negative = first?.text === '-';
  const digits = negative ? second : first;
  if (digits === undefined || digits.kind !== 'number' || side.length !== (negative ? 2 : 1)) {
    const culprit = side.find((t) => t.kind !== 'number' && t.text !== '-') ?? side.at(-1);
    const span = culprit === undefined ? { start: text.length, end: text.length } : { start: culprit.start, end: culprit.end };
    throw new SymbolicError('unsupported', `${SHAPE}: one side is a number`, span);
  }
  const value = (negative ? -1 : 1) * Number(digits.text);
  if (!Number.isFinite(value)) throw new SymbolicError('unsupported', `${SHAPE}: ${digits.text} is not a finite number`, { start: digits.start, end: digits.end });
  return value;
}

/**
 * Reads an assumption `y_a + y_b + y_c = 1` (or `1 = y_a + y_b + y_c`) about a program's inputs.
 * @throws {SymbolicError} `syntax` without exactly one `=` or with a name missing; `unsupported`
 * for anything but a sum of two or more distinct inputs equal to a number; `undefined-variable` for a name
 * that is not an input. Positions are spans of `text`.
 * @example
 * parseAssumption('y_a + y_b = 1', ['a', 'y_a', 'y_b']).variables; // → ['y_a', 'y_b']
 */
export function parseAssumption(text: string, inputs: readonly string[]): Assumption {
  const all = tokens(text);
  const equals = all.filter((t) => t.text === '=');
  if (equals.length !== 1) {
    const at = equals[1] ?? { start: 0, end: text.length };
    throw new SymbolicError('syntax', `${SHAPE}: exactly one "=" is needed, found ${equals.length}`, { start: at.start, end: at.end });
  }
  const split = all.indexOf(equals[0]!);
  const [left, right] = [all.slice(0, split), all.slice(split + 1)];
  const namesFirst = left[0]?.kind === 'name';
  const names = sumOf(namesFirst ? left : right, text);
  const total = numberOf(namesFirst ? right : left, text);
  const seen = new Set<string>();
  for (const name of names) {
    if (!inputs.includes(name.text)) {
      throw new SymbolicError('undefined-variable', `the assumption names "${name.text}", which is not an input (inputs: ${inputs.join(', ')})`, { start: name.start, end: name.end });
    }
    if (seen.has(name.text)) throw new SymbolicError('unsupported', `the assumption names "${name.text}" twice`, { start: name.start, end: name.end });
    seen.add(name.text);
  }
  if (names.length < 2) {
    throw new SymbolicError('unsupported', `${SHAPE}: one input equal to a number is a point, not an assumption`, { start: 0, end: text.length });
  }
  const variables = names.map((n) => n.text);
  return { text: `${variables.join(' + ')} = ${total}`, variables, total };
}
