import ts from 'typescript';

/**
 * A value a result comment promises, parsed from a literal without running it. `number` carries
 * the tolerance: 0 for an exact result (`→`), half a unit in the last digit shown for `≈`.
 */
export type Expected =
  | { readonly kind: 'number'; readonly value: number; readonly tolerance: number; readonly text: string }
  | { readonly kind: 'string' | 'boolean' | 'null' | 'undefined'; readonly value: string | boolean | null | undefined }
  | { readonly kind: 'array'; readonly items: readonly Expected[]; readonly typed: string | undefined }
  | { readonly kind: 'object'; readonly entries: ReadonlyMap<string, Expected> };

const TYPED_ARRAYS = new Set(['Float64Array', 'Float32Array', 'Int32Array', 'Uint8Array', 'Uint32Array', 'Int8Array', 'Int16Array', 'Uint16Array']);

/** Half a unit in the last digit of a numeric literal as written: `0.968377` → 5e-7, `1.5e-9` → 5e-11. */
export function halfLastDigit(text: string): number {
  const [mantissa = '', exponent = '0'] = text.toLowerCase().split('e');
  const decimals = mantissa.includes('.') ? mantissa.length - mantissa.indexOf('.') - 1 : 0;
  return 0.5 * 10 ** (Number(exponent) - decimals);
}

/** Why a result comment could not be read: the literal's text and what is wrong with it. */
export class LiteralError extends Error {
  override readonly name = 'LiteralError';
}

function fromNode(node: ts.Expression, approximate: boolean): Expected {
  if (ts.isParenthesizedExpression(node)) return fromNode(node.expression, approximate);
  if (ts.isNumericLiteral(node)) {
    const text = node.getText();
    return { kind: 'number', value: Number(text.replaceAll('_', '')), tolerance: approximate ? halfLastDigit(text) : 0, text };
  }
  if (ts.isPrefixUnaryExpression(node) && (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken)) {
    const inner = fromNode(node.operand, approximate);
    if (inner.kind !== 'number') throw new LiteralError(`a sign applies to a number, not to ${node.operand.getText()}`);
    return node.operator === ts.SyntaxKind.MinusToken ? { ...inner, value: -inner.value, text: `-${inner.text}` } : inner;
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { kind: 'string', value: node.text };
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) {
    return { kind: 'boolean', value: node.kind === ts.SyntaxKind.TrueKeyword };
  }
  if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: 'null', value: null };
  if (ts.isIdentifier(node)) {
    if (node.text === 'undefined') return { kind: 'undefined', value: undefined };
    if (node.text === 'NaN' || node.text === 'Infinity') return { kind: 'number', value: Number(node.text), tolerance: 0, text: node.text };
  }
  if (ts.isArrayLiteralExpression(node)) {
    return { kind: 'array', items: node.elements.map((item) => fromNode(item, approximate)), typed: undefined };
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && TYPED_ARRAYS.has(node.expression.text)) {
    const [items, ...rest] = node.arguments ?? [];
    if (items !== undefined && ts.isArrayLiteralExpression(items) && rest.length === 0) {
      return { kind: 'array', items: items.elements.map((item) => fromNode(item, approximate)), typed: node.expression.text };
    }
  }
  if (ts.isObjectLiteralExpression(node)) {
    const entries = new Map<string, Expected>();
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
        throw new LiteralError(`${property.getText()} is not a plain property`);
      }
      entries.set(property.name.text, fromNode(property.initializer, approximate));
    }
    return { kind: 'object', entries };
  }
  throw new LiteralError(`${node.getText()} is not a literal`);
}

/**
 * Parses the literal of a result comment: numbers (with sign, `NaN`, `Infinity`), strings
 * (quoted or a template without substitutions), `true`, `false`, `null`, `undefined`, arrays,
 * `new Float64Array([…])` and the other typed arrays, and objects of those. Nothing is evaluated.
 * @throws {LiteralError} when the text is not one complete literal.
 */
export function parseLiteral(text: string, approximate: boolean): Expected {
  const wrapped = `(${text}\n);`;
  const file = ts.createSourceFile('literal.ts', wrapped, ts.ScriptTarget.Latest, true);
  const diagnostics = ts.transpileModule(wrapped, { reportDiagnostics: true, compilerOptions: { noEmit: true } }).diagnostics ?? [];
  const [statement, ...more] = file.statements;
  if (diagnostics.length > 0 || statement === undefined || more.length > 0 || !ts.isExpressionStatement(statement)) {
    throw new LiteralError(`${JSON.stringify(text)} is not one complete literal`);
  }
  return fromNode(statement.expression, approximate);
}

function show(value: unknown): string {
  if (ArrayBuffer.isView(value)) return `${value.constructor.name} [${Array.from(value as unknown as ArrayLike<number>).join(', ')}]`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * How `actual` differs from what the literal promises, one line per difference with its path
 * (`.gradient.x[1]`); empty when it matches. Typed arrays match plain arrays of their elements
 * unless the literal names the typed array; objects match on their own enumerable properties,
 * ignoring properties whose value is `undefined`; numbers compare with `Object.is` when exact,
 * so `-0` and `0` differ.
 */
export function differences(actual: unknown, expected: Expected, path = ''): string[] {
  const at = path === '' ? 'the value' : path;
  switch (expected.kind) {
    case 'number': {
      if (typeof actual !== 'number') return [`${at}: expected ${expected.text}, got ${show(actual)}`];
      const same = expected.tolerance === 0 ? Object.is(actual, expected.value) : Math.abs(actual - expected.value) <= expected.tolerance;
      return same ? [] : [`${at}: expected ${expected.tolerance === 0 ? '' : '≈ '}${expected.text}, got ${show(actual)}`];
    }
    case 'array': {
      const isTyped = ArrayBuffer.isView(actual);
      if (!Array.isArray(actual) && !isTyped) return [`${at}: expected an array, got ${show(actual)}`];
      if (expected.typed !== undefined && (actual as object).constructor.name !== expected.typed) {
        return [`${at}: expected a ${expected.typed}, got ${show(actual)}`];
      }
      const items = Array.from(actual as ArrayLike<unknown>);
      if (items.length !== expected.items.length) return [`${at}: expected ${expected.items.length} elements, got ${show(actual)}`];
      return expected.items.flatMap((item, i) => differences(items[i], item, `${path}[${i}]`));
    }
    case 'object': {
      if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return [`${at}: expected an object, got ${show(actual)}`];
      const keys = Object.keys(actual).filter((key) => (actual as Record<string, unknown>)[key] !== undefined);
      const extra = keys.filter((key) => !expected.entries.has(key));
      const found = [...expected.entries].flatMap(([key, value]) => differences((actual as Record<string, unknown>)[key], value, `${path}.${key}`));
      return extra.length === 0 ? found : [`${at}: has properties the comment does not show: ${extra.join(', ')}`, ...found];
    }
    default:
      return Object.is(actual, expected.value) ? [] : [`${at}: expected ${show(expected.value)}, got ${show(actual)}`];
  }
}
