import { parse, parseMatrix, type Program } from '@bp/symbolic';
import { gradientGraph, type NodeId } from '@bp/symbolic/engine';
import { tokenizer, type Comment, type Token } from 'acorn';
import { afterEach, describe, expect, it } from 'vitest';
import { compile } from '../src/index.js';
import {
  hvpSource, kernelModule, kernelSource, layoutProgram, literalOf, matrixModule, nameText, readableLoop, type LoopSpec,
} from '../src/internal/codegen/index.js';

/**
 * Names no parser produces, each marked `PWN<k>` so a test can find it in generated text: quotes,
 * backslashes, comment ends, every JavaScript line terminator, template openers, a script end, a
 * NUL, an escape sequence spelled out, and (the last three) unicode identifiers that are harmless.
 */
const PAYLOADS = [
  '"', "'", '\\', '*/', '/*', '//', '\n', '\r\n', '\r', '\u2028', '\u2029', '${', '`', '</script>', '\u0000', ' ', '\\u0061',
  '"; globalThis.pwned = 1; //', '\n globalThis.pwned = 2 //', '*/ globalThis.pwned = 3 /*',
];
const IDENTIFIERS = ['α', 'ℵ₀', '$_'];
const hostile = (count: number, offset = 0): string[] =>
  Array.from({ length: count }, (_, i) => {
    const k = i + offset;
    return k < PAYLOADS.length ? `PWN${k}${PAYLOADS[k]!}` : `PWN${k}${IDENTIFIERS[(k - PAYLOADS.length) % IDENTIFIERS.length]!}`;
  });
const ALL = hostile(PAYLOADS.length + IDENTIFIERS.length);
const benign = (names: readonly string[]): string[] => names.map((_name, i) => `n${i}`);

/** Tokens and comments of generated text as a JavaScript engine reads them (acorn, the parser under ESLint's). */
function scan(text: string, sourceType: 'script' | 'module' = 'script'): { tokens: Token[]; comments: Comment[] } {
  const comments: Comment[] = [];
  const tokens = [...tokenizer(text, { ecmaVersion: 'latest', sourceType, allowReturnOutsideFunction: true, onComment: comments })];
  return { tokens, comments };
}

/** A string token's decoded value (acorn sets it; its types leave it out). */
const valueOf = (token: Token): unknown => (token as Token & { value?: unknown }).value;

/** The code as a token stream with every string literal's content hidden: what runs, whatever the names. */
function codeShape(text: string, sourceType?: 'script' | 'module'): string[] {
  return scan(text, sourceType).tokens.map((t) => (t.type.label === 'string' ? '<string>' : text.slice(t.start, t.end)));
}

/**
 * Checks that marked text occurs only inside string literals, each of which decodes to exactly one
 * of `names`, or in a comment as a string literal of one name or as a name that is a plain identifier.
 */
function expectNamesInert(text: string, names: readonly string[], sourceType?: 'script' | 'module'): void {
  const { tokens, comments } = scan(text, sourceType);
  const known = new Set(names);
  for (const token of tokens) {
    if (token.type.label === 'string') {
      const value = valueOf(token) as string;
      if (value.includes('PWN')) expect(known).toContain(value);
    } else {
      expect(text.slice(token.start, token.end)).not.toContain('PWN');
    }
  }
  const identifiers = new Set(names.filter((name) => /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name)));
  for (const comment of comments) {
    const rest = comment.value.replace(/"(?:[^"\\]|\\.)*"/g, (literal) => {
      const value = JSON.parse(literal) as string;
      if (value.includes('PWN')) expect(known).toContain(value);
      return '<string>';
    });
    for (const [match] of rest.matchAll(/PWN[\p{L}\p{N}_$]*/gu)) expect(identifiers).toContain(match);
  }
}

/** The straight-line loop of `a = x*y; b = a + z; c = b^2` and its gradient, labelled with `labels`. */
function labelledLoop(labels: readonly string[]): string {
  const gg = gradientGraph('a = x*y; b = a + z; c = b^2');
  const spec: LoopSpec = {
    graph: gg.graph, schedule: gg.schedule, outputs: [gg.output, ...gg.gradient.values()], forward: new Set(gg.forward),
    inputSlots: new Map(gg.program.inputs.map((name, slot): [NodeId, number] => [gg.graph.inputs.get(name)!, slot])),
  };
  const order = new Map([...gg.graph.labels.keys()].map((id, k) => [id, k]));
  return readableLoop(spec, (id) => (order.has(id) ? labels[order.get(id)! % labels.length] : undefined)).readable;
}

afterEach(() => {
  delete (globalThis as { pwned?: unknown }).pwned;
});

describe('generated source: names reach it only as string literals', () => {
  it('escapes a name for a comment unless it is a plain identifier, and as a literal that decodes to it', () => {
    for (const name of ALL) {
      const text = nameText(name);
      expect(text === name || JSON.parse(text) === name).toBe(true);
      expect(text).not.toMatch(/[\n\r\u2028\u2029]|\*\//);
      const tokens = scan(`x = ${literalOf(name)};`).tokens;
      expect(tokens.map((t) => t.type.label)).toEqual(['name', '=', 'string', ';']);
      expect(valueOf(tokens[2]!)).toBe(name);
    }
    expect(nameText('α')).toBe('α');
    expect(nameText('a"b')).toBe('"a\\"b"');
  });

  it('comments a loop with hostile intermediate names without changing its code', () => {
    const labels = ALL;
    const readable = labelledLoop(labels);
    expectNamesInert(readable, labels);
    expect(codeShape(readable)).toEqual(codeShape(labelledLoop(benign(labels))));
  });

  it('writes kernel.source, hvpSource and kernel.module headers with hostile inputs and wrt as inert text', () => {
    const inputs = hostile(12);
    const wrt = hostile(ALL.length - 12, 12);
    const names = [...inputs, ...wrt];
    const loop = labelledLoop(['a', 'b', 'c']);
    const generated = { readable: loop, body: loop, used: [0, 1] };
    const texts = (ins: readonly string[], w: readonly string[]): [string, string, string] => [
      kernelSource('float64', ins, w, loop), hvpSource('float32', ins, w, loop), kernelModule(generated, ins, w, 'float64'),
    ];
    const [source, hvp, module] = texts(inputs, wrt);
    const [plainSource, plainHvp, plainModule] = texts(benign(inputs), benign(wrt).map((n) => `w${n}`));
    expectNamesInert(source, names);
    expectNamesInert(hvp, names);
    expectNamesInert(module, names, 'module');
    expect(codeShape(source)).toEqual(codeShape(plainSource));
    expect(codeShape(hvp)).toEqual(codeShape(plainHvp));
    expect(codeShape(module, 'module')).toEqual(codeShape(plainModule, 'module'));
  });

  it('writes a matrix kernel module with hostile input names as string literals', () => {
    const program = parseMatrix("L = sum(exp(Q .* Q)) + r' * r", { shapes: { Q: [2, 2], r: [2] } });
    const { layout, body, tables } = layoutProgram(program, undefined);
    const moduleFor = (inputs: readonly string[]): string =>
      matrixModule(body, tables, layout, { inputs, wrt: inputs, shapes: Object.fromEntries(inputs.map((n, i) => [n, i === 0 ? [2, 2] : [2, 1]])) }, 'float64');
    const names = hostile(2, 17);
    expectNamesInert(moduleFor(names), names, 'module');
    expect(codeShape(moduleFor(names), 'module')).toEqual(codeShape(moduleFor(['Q', 'r']), 'module'));
  });
});

/** `a = x*y; b = a + z; c = b^2` with every input and intermediate renamed by hand to a hostile name. */
function hostileProgram(): { program: Program; inputs: string[] } {
  const program = parse('a = x*y; b = a + z; c = b^2');
  const inputs = hostile(3, 17);
  const labels = hostile(3, 6);
  // The tables are read-only to users; this test writes them to build names the parser would refuse.
  const graphLabels = program.graph.labels as Map<number, string>;
  const graphInputs = program.graph.inputs as Map<string, number>;
  [...graphLabels.keys()].forEach((id, k) => graphLabels.set(id, labels[k]!));
  ['x', 'y', 'z'].forEach((name, k) => {
    const id = graphInputs.get(name)!;
    graphInputs.delete(name);
    graphInputs.set(inputs[k]!, id);
    (program.inputs as string[])[program.inputs.indexOf(name)] = inputs[k]!;
  });
  return { program, inputs };
}

describe('compile with hostile names', () => {
  it('emits them only as inert text and still computes c = (x·y + z)² and its gradient', async () => {
    const { program, inputs } = hostileProgram();
    const kernel = compile(program);
    const names = [...inputs, ...program.graph.labels.values()];
    expectNamesInert(kernel.source, names);
    expectNamesInert(kernel.module, names, 'module');
    const [x, y, z] = inputs as [string, string, string];
    const at = { [x]: new Float64Array([1, 0.5]), [y]: new Float64Array([2, -1]), [z]: 3 };
    // By hand: b = x·y + z, c = b², ∂c/∂x = 2b·y, ∂c/∂y = 2b·x, ∂c/∂z = 2b; b = 5 and 2.5.
    const expected = { value: [25, 6.25], [x]: [20, -5], [y]: [10, 2.5], [z]: [10, 5] };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running generated code is the point of this test
    const define = new Function(`${kernel.source}\nreturn kernel;`) as () => unknown;
    expect(typeof define()).toBe('function');
    const standalone = (await import(`data:text/javascript;base64,${Buffer.from(kernel.module).toString('base64')}`)) as { evaluate: typeof kernel.evaluate };
    for (const result of [kernel.evaluate(at), standalone.evaluate(at)]) {
      expect(Array.from(result.value)).toEqual(expected.value);
      for (const name of inputs) expect(Array.from(result.gradient[name]!)).toEqual(expected[name]);
    }
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });
});
