import { SymbolicError } from '../errors.js';
import { MAX_DEPTH, type Token } from '../tokenize.js';

/** A token of the matrix language: the scalar tokens plus `'`, `.*`, `./` and `.^`. */
export interface MatrixToken extends Omit<Token, 'kind'> {
  readonly kind: Token['kind'] | 'transpose';
}

const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_$][A-Za-z0-9_$]*/y;

function sticky(pattern: RegExp, source: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(source)?.[0];
}

/**
 * Splits a matrix program into tokens with positions. A `'` right after a value is a transpose;
 * anything bp cannot differentiate is refused with its span before mathjs sees it.
 * @throws {SymbolicError} `unsupported`, `syntax` or `too-deep`, with the span of the culprit.
 */
export function tokenizeMatrix(source: string): MatrixToken[] {
  const tokens: MatrixToken[] = [];
  let depth = 0;
  let i = 0;
  const push = (kind: MatrixToken['kind'], length: number): void => {
    tokens.push({ kind, text: source.slice(i, i + length), start: i, end: i + length });
    i += length;
  };
  while (i < source.length) {
    const c = source[i]!;
    const two = source.slice(i, i + 2);
    const previous = tokens[tokens.length - 1];
    const afterValue = previous !== undefined && previous.end === i && ['name', 'number', ')', 'transpose'].includes(previous.kind);
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '#') while (i < source.length && source[i] !== '\n') i++;
    else if (c === '\n' && depth > 0) i++;
    else if (c === '\n') push('sep', 1);
    else if (c === ';') push('sep', 1);
    else if (c === ',' || c === '=') push(c, 1);
    else if (c === '(') {
      if (++depth > MAX_DEPTH) throw new SymbolicError('too-deep', `parentheses nest deeper than ${MAX_DEPTH} levels`, { start: i, end: i + 1 });
      push('(', 1);
    } else if (c === ')') {
      depth--;
      push(')', 1);
    } else if (two === '.*' || two === './' || two === '.^') push('op', 2);
    else if ('+-*/^'.includes(c)) push('op', 1);
    else if (c === "'" && afterValue) push('transpose', 1);
    else if (/[\d.]/.test(c) && sticky(NUMBER, source, i) !== undefined) push('number', sticky(NUMBER, source, i)!.length);
    else if (sticky(NAME, source, i) !== undefined) push('name', sticky(NAME, source, i)!.length);
    else throw reject(source, i);
  }
  return tokens;
}

function reject(source: string, i: number): SymbolicError {
  const c = source[i]!;
  const span = { start: i, end: i + 1 };
  if (c === '[' || c === ']') return new SymbolicError('unsupported', 'matrix literals and indexing "[...]" are not supported; give the symbol a shape with --shape or shapes', span);
  if (c === '"' || c === "'") return new SymbolicError('unsupported', 'a string cannot be differentiated by bp', span);
  return new SymbolicError('syntax', `unexpected character "${c}"`, span);
}
