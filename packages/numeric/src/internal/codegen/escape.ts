/**
 * The one way text from a program (input names, intermediate names, `wrt`, function names) reaches
 * generated source. Code itself is built from the graph alone: slots (`x0`, `t3`), numeric
 * literals and table indices. Text appears only as a string literal, or, in a comment, as a plain
 * identifier that cannot end the comment.
 */

/** A name as the parser reads one: a letter, `_` or `$`, then letters, digits, `_` or `$`. */
const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/**
 * A JSON value as a JavaScript literal. JSON escapes quotes, backslashes and control characters;
 * on top of that U+2028 and U+2029 (line terminators to older engines) become `\u2028`/`\u2029`
 * and `/` becomes `\/`, so a literal never holds the end of a block comment or of a script
 * element either, wherever it is put.
 */
export function literalOf(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new Error('bp internal error: a generated literal has no JSON form');
  return json.replace(/[\u2028\u2029/]/g, (c) => (c === '/' ? '\\/' : `\\u${c.charCodeAt(0).toString(16)}`));
}

/**
 * A name for a comment or a header: the name itself when it is a plain identifier (nothing in one
 * can end a comment or start code), otherwise its string literal (`"a\nb"`), so a name made by
 * hand with newlines, quotes or comment ends stays inert text.
 */
export function nameText(name: string): string {
  return IDENTIFIER.test(name) ? name : literalOf(name);
}

/** Whether a string is a name the parser could have produced (see {@link nameText}). */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** A finite number as a JavaScript literal: digits, `.`, `e` and a sign only, parenthesised when negative. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`bp internal error: constant ${value} is not finite`);
  const text = String(value);
  return value < 0 ? `(${text})` : text;
}
