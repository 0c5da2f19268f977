import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One `@example` block of a doc comment, as source text without the comment's `*` margin. */
export interface DocExample {
  /** Path of the source file, relative to the directory that was searched (`matmul.ts`). */
  readonly file: string;
  /** 1-based line, in that file, of the example's first line of code. */
  readonly line: number;
  /** The example's code. */
  readonly code: string;
}

/** Every `.ts` file under `dir`, tests and declaration files left out, in a stable order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return /(?<!\.test|\.d)\.ts$/.test(entry.name) ? [path] : [];
    });
}

/**
 * The doc comments (`/** … *\/`) of a TypeScript source, found by the TypeScript scanner rather than
 * a regular expression, so text that only looks like a comment inside a string or a template is
 * never taken for one. Each comment is returned once, with its start offset.
 */
export function docComments(text: string): { start: number; text: string }[] {
  const file = ts.createSourceFile('doc.ts', text, ts.ScriptTarget.Latest, true);
  const seen = new Map<number, string>();
  // The trivia before a token holds only whitespace and comments, so the scanner reads it safely.
  const collect = (from: number, to: number): void => {
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text, undefined, from, to - from);
    for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
      if (token === ts.SyntaxKind.MultiLineCommentTrivia && scanner.getTokenText().startsWith('/**')) seen.set(scanner.getTokenStart(), scanner.getTokenText());
    }
  };
  const visit = (node: ts.Node): void => {
    collect(node.getFullStart(), node.getStart(file));
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(file, visit);
  collect(file.endOfFileToken.getFullStart(), text.length);
  return [...seen].sort(([a], [b]) => a - b).map(([start, comment]) => ({ start, text: comment }));
}

/**
 * The `@example` blocks of one doc comment: the lines after each `@example` tag up to the next
 * tag or the end of the comment, with the ` * ` margin removed and Markdown code fences dropped.
 * `line` is the 1-based line, within the comment, of the example's first line of code.
 */
export function examplesOfComment(comment: string): { line: number; code: string }[] {
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').replace(/^\s*\*$/, ''));
  const examples: { line: number; code: string[] }[] = [];
  let current: { line: number; code: string[] } | undefined;
  lines.forEach((line, index) => {
    const tag = /^@(\w+)/.exec(line.trim());
    if (tag !== null) {
      current = tag[1] === 'example' ? { line: index + 1, code: [line.trim().slice('@example'.length).trimStart()] } : undefined;
      if (current !== undefined) examples.push(current);
    } else if (current !== undefined) {
      current.code.push(/^\s*```/.test(line) ? '' : line);
    }
  });
  return examples.flatMap(({ line, code }) => {
    const first = code.findIndex((text) => text.trim() !== '');
    if (first < 0) return [];
    return [{ line: line + first, code: code.slice(first).join('\n').trimEnd() }];
  });
}

/** Every `@example` in the doc comments of the `.ts` files under `dir` (tests excluded). */
export function extractExamples(dir: string): DocExample[] {
  return sourceFiles(dir).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return docComments(text).flatMap((comment) => {
      const commentLine = text.slice(0, comment.start).split('\n').length;
      return examplesOfComment(comment.text).map(({ line, code }) => ({
        file: relative(dir, path).split('\\').join('/'),
        line: commentLine + line - 1,
        code,
      }));
    });
  });
}
