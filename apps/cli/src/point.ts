import { CliError, SourcedError } from './errors.js';

const NAME = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Throws a CliError pointing at `[start, end)` of an option's value. */
function fail(option: string, text: string, start: number, end: number, message: string): never {
  throw new SourcedError(new CliError('invalid-point', message, { argument: option, start, end }), text, option);
}

/**
 * Reads `--at` values (`x=1,y=-2.5e-3`) into a Map, which is safe for any name (`__proto__`,
 * `constructor`). Several values are merged; a name given twice is an error.
 */
export function parsePoint(values: readonly string[], option = '--at'): Map<string, number> {
  const point = new Map<string, number>();
  for (const text of values) {
    if (/^--?[A-Za-z]/.test(text)) {
      // `--at --json`: the parser took the next option as the value; the value is what is missing.
      throw new CliError('missing-argument', `${option} needs a value such as x=1,y=2, found the option ${text}`, { argument: option });
    }
    let offset = 0;
    for (const raw of text.split(',')) {
      const start = offset;
      offset += raw.length + 1;
      const lead = raw.length - raw.trimStart().length;
      const entry = raw.trim();
      if (entry === '') fail(option, text, start, start + raw.length, 'expected name=value, found nothing');
      const equals = raw.indexOf('=');
      if (equals === -1) fail(option, text, start + lead, start + lead + entry.length, `expected name=value, found "${entry}" with no "="`);
      const name = raw.slice(0, equals).trim();
      const valueText = raw.slice(equals + 1).trim();
      const nameStart = start + lead;
      const valueStart = start + equals + 1 + (raw.slice(equals + 1).length - raw.slice(equals + 1).trimStart().length);
      if (!NAME.test(name)) {
        fail(option, text, nameStart, nameStart + Math.max(1, name.length), name === '' ? 'expected a name before "="' : `"${name}" is not a variable name`);
      }
      if (valueText === '') fail(option, text, start + equals, start + equals + 1, `${name} has no value after "="`);
      const value = Number(valueText);
      if (!NUMBER.test(valueText) || !Number.isFinite(value)) {
        fail(option, text, valueStart, valueStart + valueText.length, `the value of ${name} must be a finite number, found "${valueText}"`);
      }
      if (point.has(name)) fail(option, text, nameStart, nameStart + name.length, `${name} is given twice`);
      point.set(name, value);
    }
  }
  return point;
}

/** Reads a comma-separated list of names (`--wrt a,b`). */
export function parseNames(text: string, option: string): string[] {
  const names = text.split(',').map((name) => name.trim());
  let offset = 0;
  for (const name of names) {
    if (name === '') {
      throw new SourcedError(new CliError('invalid-option', 'expected a name, found nothing', { argument: option, start: offset, end: offset }), text, option);
    }
    offset += name.length + 1;
  }
  return names;
}

/** Whether `name` is a variable name as sources spell them: a letter, `_` or `$`, then letters, digits, `_` or `$`. */
export function isVariableName(name: string): boolean {
  return NAME.test(name);
}

/**
 * Reads a comma-separated list of variable names (`--wrt a,b`); anything else (`x;process.exit(7)`)
 * is an `invalid-option` error pointing at that name inside the option's value.
 */
export function parseVariableNames(text: string, option: string): string[] {
  const names = parseNames(text, option);
  let offset = 0;
  for (const raw of text.split(',')) {
    const start = offset + raw.length - raw.trimStart().length;
    const name = raw.trim();
    if (!NAME.test(name)) {
      const error = new CliError('invalid-option', `${JSON.stringify(name)} is not a variable name`, { argument: option, start, end: start + name.length });
      throw new SourcedError(error, text, option);
    }
    offset += raw.length + 1;
  }
  return names;
}

/** A point as a plain object for JSON, built without a prototype so no name is special. */
export function pointObject(point: ReadonlyMap<string, number>): Record<string, number> {
  const object = Object.create(null) as Record<string, number>;
  for (const [name, value] of point) object[name] = value;
  return object;
}
