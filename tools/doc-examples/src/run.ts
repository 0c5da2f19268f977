import ts from 'typescript';
import type { DocExample } from './extract.js';
import { LiteralError, differences, parseLiteral, type Expected } from './literal.js';

/** An example that breaks the result-comment convention, with the line at fault. */
export class ExampleError extends Error {
  override readonly name = 'ExampleError';
}

/** One result comment: the statement it follows, what it shows, and the example line it is on. */
export interface ResultComment {
  readonly line: number;
  readonly statement: string;
  /** The variable the comment shows (`→ w = [0.8]`); absent when it shows the statement's value. */
  readonly name: string | undefined;
  readonly expected: Expected;
}

/** An example rewritten to record the value behind each result comment, as JavaScript. */
export interface Instrumented {
  readonly javascript: string;
  readonly results: readonly ResultComment[];
}

const MARKERS = ['→', '≈'];
const NAMED = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\d+\])*) = ([\s\S]*)$/;

interface LineComment {
  readonly line: number;
  readonly sameLine: boolean;
  readonly body: string;
}

/** The line comments between `from` and `to`, which hold nothing but trivia, read by TypeScript's scanner. */
function lineComments(file: ts.SourceFile, from: number, to: number, codeLine: number): LineComment[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, file.text, undefined, from, to - from);
  const comments: LineComment[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
    const line = file.getLineAndCharacterOfPosition(scanner.getTokenStart()).line + 1;
    comments.push({ line, sameLine: line === codeLine, body: scanner.getTokenText().slice(2).replace(/^ /, '') });
  }
  return comments;
}

/** Reads the result comments in `comments` (those after one statement), joining continuation lines. */
function readResults(comments: readonly LineComment[], statement: string): ResultComment[] {
  const results: ResultComment[] = [];
  for (let i = 0; i < comments.length; i++) {
    const comment = comments[i]!;
    const marker = MARKERS.find((m) => comment.body.startsWith(m));
    if (marker === undefined) {
      if (comment.sameLine) {
        throw new ExampleError(`line ${comment.line}: a comment after code shows its result and starts with → (exact) or ≈ (to the digits shown): "// ${comment.body}"`);
      }
      continue; // prose on a line of its own
    }
    let text = comment.body.slice(marker.length).trim();
    let parsed: ResultComment | undefined;
    let failure: unknown;
    for (;;) {
      const named = NAMED.exec(text);
      try {
        const expected = parseLiteral(named === null ? text : named[2]!, marker === '≈');
        parsed = { line: comment.line, statement, name: named?.[1], expected };
        break;
      } catch (error) {
        if (!(error instanceof LiteralError)) throw error;
        failure = error;
      }
      const next = comments[i + 1];
      if (next === undefined || next.line !== comments[i]!.line + 1 || MARKERS.some((m) => next.body.startsWith(m))) break;
      text += `\n${next.body}`;
      i++;
    }
    if (parsed === undefined) throw new ExampleError(`line ${comment.line}: cannot read the result: ${(failure as Error).message}`);
    results.push(parsed);
  }
  return results;
}

function rewriteImport(node: ts.ImportDeclaration): string {
  const from = `await __import(${node.moduleSpecifier.getText()})`;
  const clause = node.importClause;
  if (clause === undefined) return `${from};`;
  const bindings = clause.namedBindings;
  if (clause.name !== undefined || bindings === undefined) throw new ExampleError('an example imports named bindings or a namespace, not a default export');
  if (ts.isNamespaceImport(bindings)) return `const ${bindings.name.text} = ${from};`;
  const names = bindings.elements.map((e) => (e.propertyName === undefined ? e.name.text : `${e.propertyName.getText()}: ${e.name.text}`));
  return `const { ${names.join(', ')} } = ${from};`;
}

/**
 * Rewrites an example so that running it records, in order, the value behind each result comment.
 *
 * The convention: a line comment that starts with `→` shows a result exactly, one that starts
 * with `≈` shows it to the digits written. It follows a statement, on the statement's last line
 * or on the lines below it, and holds a literal (see {@link parseLiteral}) that may continue on
 * the next comment lines, for a multi-line template string. Alone, the literal is the value of
 * the expression statement it follows; `name = literal` is the value of the variable `name`
 * after the statement. Any other comment at the end of a line of code is an error, so a result
 * written the old way (`// 2`) cannot pass unchecked; comments on lines of their own are prose.
 * Imports become `await __import(specifier)`.
 * @throws {ExampleError} when a comment breaks the convention or the example has no result.
 */
export function instrument(code: string): Instrumented {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (position: number): number => file.getLineAndCharacterOfPosition(position).line + 1;
  const before = lineComments(file, 0, file.statements[0]?.getStart() ?? file.text.length, 0);
  const early = before.find((c) => MARKERS.some((m) => c.body.startsWith(m)));
  if (file.statements.length > 0 && early !== undefined) throw new ExampleError(`line ${early.line}: a result comment before any statement`);
  const results: ResultComment[] = [];
  const pieces = ['let __value;'];
  file.statements.forEach((statement, index) => {
    const next = file.statements[index + 1]?.getStart() ?? file.text.length;
    const shown = readResults(lineComments(file, statement.end, next, lineOf(statement.end)), statement.getText());
    const isExpression = ts.isExpressionStatement(statement);
    const unnamed = shown.find((result) => result.name === undefined);
    if (unnamed !== undefined && !isExpression) {
      throw new ExampleError(`line ${unnamed.line}: only an expression has a value to show; after a declaration write "→ name = …"`);
    }
    if (ts.isImportDeclaration(statement)) pieces.push(rewriteImport(statement));
    else if (isExpression && shown.length > 0) pieces.push(`__value = (${statement.expression.getText()});`);
    else pieces.push(statement.getText());
    for (const result of shown) pieces.push(`__record(${result.name ?? '__value'});`);
    results.push(...shown);
  });
  if (results.length === 0) throw new ExampleError('the example shows no result: end it with a "// → value" comment');
  const { outputText } = ts.transpileModule(pieces.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
  });
  return { javascript: outputText.replace(/^export \{\};$/m, ''), results };
}

/** What an example runs with. */
export interface ExampleScope {
  /** Names in scope without an import: typically every export of the package and its dependencies. */
  readonly globals: Readonly<Record<string, unknown>>;
  /** Loads a module an example imports. */
  readonly importModule: (specifier: string) => Promise<unknown>;
}

/**
 * A copy of a value as it is now, so a later statement that mutates an array in place (a second
 * optimizer step) cannot change what an earlier result comment is compared with.
 */
function snapshot(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && 'slice' in value && typeof value.slice === 'function') return (value.slice as () => unknown)();
  if (Array.isArray(value)) return value.map(snapshot);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, snapshot(item)]));
  }
  return value;
}

type AsyncFunctionConstructor = new (...parameters: string[]) => (...args: unknown[]) => Promise<void>;
const AsyncFunction = (async () => {}).constructor as AsyncFunctionConstructor;

/**
 * Runs one example and returns what is wrong with it, one line each (`matmul.ts:57: …`): a
 * convention broken, an exception, or a result comment the actual value does not match. Empty
 * when every result comment holds.
 */
export async function runExample(example: DocExample, scope: ExampleScope): Promise<string[]> {
  const where = (line: number): string => `${example.file}:${example.line + line - 1}`;
  let instrumented: Instrumented;
  try {
    instrumented = instrument(example.code);
  } catch (error) {
    if (!(error instanceof ExampleError)) throw error;
    const line = /^line (\d+): /.exec(error.message);
    return [line === null ? `${where(1)}: ${error.message}` : `${where(Number(line[1]))}: ${error.message.slice(line[0].length)}`];
  }
  const names = Object.keys(scope.globals).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && !name.startsWith('__'));
  // The example is code from this repository's own doc comments, run as its readers would run it.
  const run = new AsyncFunction(...names, '__record', '__import', `{\n${instrumented.javascript}\n}`);
  const recorded: unknown[] = [];
  const problems: string[] = [];
  try {
    await run(...names.map((name) => scope.globals[name]), (value: unknown) => recorded.push(snapshot(value)), scope.importModule);
  } catch (error) {
    problems.push(`${where(1)}: the example throws ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  instrumented.results.forEach((result, i) => {
    if (i >= recorded.length) {
      if (problems.length === 0) problems.push(`${where(result.line)}: never reached`);
      return;
    }
    const label = result.name ?? result.statement.replace(/;$/, '').replace(/\s+/g, ' ').slice(0, 60);
    for (const difference of differences(recorded[i], result.expected)) problems.push(`${where(result.line)}: ${label}: ${difference}`);
  });
  return problems;
}
