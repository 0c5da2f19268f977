import { SymbolicError } from './errors.js';

/** A token of bp's expression language, a subset of mathjs's, with where it stands in the source. */
export interface Token {
  readonly kind: 'number' | 'name' | 'op' | '(' | ')' | ',' | '=' | 'sep';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Deeper nesting than this is refused up front: mathjs's parser recurses per level and overflows Node's stack near 250. */
export const MAX_DEPTH = 200;

const NUMBER = /0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME_START = /[A-Za-z_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]|\uD835[\uDC00-\uDFFF]/y;
const NAME_PART = /[A-Za-z0-9_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]|\uD835[\uDC00-\uDFFF]/y;

/** Words mathjs reads as operators or literals that bp cannot differentiate. */
const KEYWORDS: ReadonlyMap<string, string> = new Map([
  ['mod', 'the modulo operator "mod"'],
  ['and', 'the logical operator "and"'],
  ['or', 'the logical operator "or"'],
  ['xor', 'the logical operator "xor"'],
  ['not', 'the logical operator "not"'],
  ['to', 'unit conversion with "to"'],
  ['in', 'unit conversion with "in"'],
  ['true', 'the boolean true'],
  ['false', 'the boolean false'],
  ['null', 'null'],
  ['undefined', 'undefined'],
  ['Infinity', 'Infinity (a non-finite constant)'],
  ['NaN', 'NaN (not a number)'],
]);

function unsupported(what: string, start: number, end: number, hint = ''): SymbolicError {
  return new SymbolicError('unsupported', `${what} cannot be differentiated by bp${hint}`, { start, end });
}

function match(pattern: RegExp, source: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(source)?.[0];
}

/**
 * Splits source text into tokens with positions and rejects, with a precise span, every
 * construct bp does not differentiate (strings, matrices, comparisons, factorials, …) before
 * mathjs sees it, so each error can point at the exact characters.
 * @throws {SymbolicError} `unsupported`, `syntax` or `too-deep`, each with the span of the culprit.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const opens: number[] = [];
  let i = 0;
  const push = (kind: Token['kind'], start: number, end: number): void => {
    tokens.push({ kind, text: source.slice(start, end), start, end });
  };
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1] ?? '';
    if (c === ' ' || c === '\t' || c === '\r' || c === '\u00A0') {
      i++;
    } else if (c === '\n') {
      if (opens.length === 0) push('sep', i, i + 1);
      i++;
    } else if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === ';') {
      push('sep', i, ++i);
    } else if (c === ',') {
      push(',', i, ++i);
    } else if (c === '(') {
      opens.push(i);
      if (opens.length > MAX_DEPTH) {
        throw new SymbolicError('too-deep', `parentheses nest deeper than ${MAX_DEPTH} levels`, { start: i, end: i + 1 });
      }
      push('(', i, ++i);
    } else if (c === ')') {
      opens.pop();
      push(')', i, ++i);
    } else if (c === '*' && next === '*') {
      throw new SymbolicError('syntax', 'use ^ for powers: write x^2, not x**2', { start: i, end: i + 2 });
    } else if (c === '+' || c === '-' || c === '*' || c === '/' || c === '^') {
      push('op', i, ++i);
    } else if (c === '=') {
      if (next === '=') throw unsupported('the comparison "=="', i, i + 2);
      push('=', i, ++i);
    } else if (/\d/.test(c) || (c === '.' && /\d/.test(next))) {
      const text = match(NUMBER, source, i)!;
      push('number', i, i + text.length);
      i += text.length;
    } else if (match(NAME_START, source, i) !== undefined) {
      const start = i;
      i += match(NAME_START, source, i)!.length;
      for (let part = match(NAME_PART, source, i); part !== undefined; part = match(NAME_PART, source, i)) {
        i += part.length;
      }
      const word = source.slice(start, i);
      const keyword = KEYWORDS.get(word);
      if (keyword !== undefined) throw unsupported(keyword, start, i);
      push('name', start, i);
    } else {
      throw rejectCharacter(source, i, tokens[tokens.length - 1]);
    }
  }
  return tokens;
}

function rejectCharacter(source: string, i: number, previous: Token | undefined): SymbolicError {
  const c = source[i]!;
  const next = source[i + 1] ?? '';
  const afterValue = previous !== undefined && previous.end === i && ['name', 'number', ')'].includes(previous.kind);
  if (c === '"' || (c === "'" && !afterValue)) {
    const close = source.indexOf(c, i + 1);
    return unsupported('a string', i, close < 0 ? source.length : close + 1);
  }
  if (c === "'") return unsupported('the transpose operator "\'"', i, i + 1);
  if (c === '[' || c === ']') return unsupported('a matrix or index "[...]"', i, i + 1, '; write scalar expressions');
  if (c === '{' || c === '}') return unsupported('an object "{...}"', i, i + 1);
  if (c === '!') {
    return next === '='
      ? unsupported('the comparison "!="', i, i + 2)
      : unsupported('the factorial "!"', i, i + 1, '; use gamma-free expressions');
  }
  if (c === '<' || c === '>') {
    const two = next === '=' || next === c;
    return unsupported(`the ${next === c ? 'bit shift' : 'comparison'} "${source.slice(i, i + (two ? 2 : 1))}"`, i, i + (two ? 2 : 1));
  }
  if (c === '?') return unsupported('the conditional "a ? b : c"', i, i + 1);
  if (c === ':') return unsupported('a range or conditional ":"', i, i + 1);
  if (c === '%') return unsupported('the percent/modulo operator "%"', i, i + 1);
  if (c === '&' || c === '|' || c === '~') return unsupported(`the bitwise operator "${c}"`, i, i + 1);
  if (c === '.') {
    return ['*', '/', '^'].includes(next)
      ? unsupported(`the element-wise operator ".${next}"`, i, i + 2)
      : unsupported('property access "."', i, i + 1);
  }
  const end = i + (c.codePointAt(0)! > 0xffff ? 2 : 1);
  return new SymbolicError('syntax', `unexpected character "${source.slice(i, end)}"`, { start: i, end });
}
