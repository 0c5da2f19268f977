import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, parse } from '@bp/symbolic';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBatch, type Expected } from './check-batch-fixture.js';
import { CLI, bpAsync, close, expectSchema, jsonLines } from './helpers.js';

interface ClaimLine {
  wrt: string;
  ok: boolean;
  derivative?: string;
  worst?: { at: Record<string, number>; actual: number; expected: number };
}

interface Line {
  id: string | number;
  line: number;
  ok?: boolean;
  claims?: ClaimLine[];
  error?: { code: string; position?: { argument?: string } };
}

const dir = mkdtempSync(join(tmpdir(), 'bp-check-batch-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

interface TestCase {
  '@_name': string;
  '@_classname': string;
  failure?: { '@_message': string };
  error?: { '@_message': string };
}

/** The test cases of a JUnit document, over all its suites. */
function junitCases(xml: string): TestCase[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase' || name === 'testsuite' });
  const doc = parser.parse(xml) as { testsuites: { testsuite: { testcase?: TestCase[] }[] } };
  return doc.testsuites.testsuite.flatMap((suite) => suite.testcase ?? []);
}

describe('bp check --batch on the acceptance batch (2 000 lines, 5 % wrong claims, 2 % malformed)', () => {
  const { text, expected } = checkBatch(2000);
  const path = file('acceptance.jsonl', text);
  let one: Awaited<ReturnType<typeof bpAsync>>;
  let two: Awaited<ReturnType<typeof bpAsync>>;

  // One random point a line besides the given one keeps the two runs light on a shared machine;
  // every wrong claim in the fixture is wrong at almost every point.
  beforeAll(async () => {
    one = await bpAsync(['check', '--batch', path, '--json', '--points', '1', '--workers', '1'], { timeout: 240_000 });
    two = await bpAsync(['check', '--batch', path, '--json', '--points', '1', '--workers', '2'], { timeout: 240_000 });
  }, 500_000);

  it('answers every line, in input order, with its id', () => {
    const lines = jsonLines(one.stdout) as Line[];
    expect(lines.map((line) => line.line)).toEqual(expected.map((_, i) => i + 1));
    lines.forEach((line, i) => {
      const want = expected[i]!;
      expect(line.id).toBe(want.kind === 'malformed' ? i + 1 : want.id);
    });
    for (const line of lines) expectSchema('check-batch-line.json', line);
  });

  it('names each wrong claim with bp’s correct derivative, passes the right ones and reports each malformed line with its code', () => {
    const lines = jsonLines(one.stdout) as Line[];
    // What each line says, next to what the fixture expects of it.
    const said = lines.map((line, i) => {
      const want: Expected = expected[i]!;
      if (want.kind === 'malformed') return { line: line.line, code: line.error?.code };
      const claim = line.claims![0]!;
      if (want.kind === 'right') return { line: line.line, ok: line.ok, wrt: claim.wrt, claimOk: claim.ok, derivative: claim.derivative };
      // bp's derivative, evaluated where the claim was worst, against the partial derived by hand.
      const at = claim.worst!.at;
      const derivativeAgrees = close(evaluate(parse(claim.derivative!), at), want.partial(at), 1e-9, 1e-12);
      const referenceAgrees = close(claim.worst!.expected, want.partial(at), 1e-5, 1e-7);
      return { line: line.line, ok: line.ok, wrt: claim.wrt, claimOk: claim.ok, derivativeAgrees, referenceAgrees };
    });
    const wanted = expected.map((want, i) => {
      if (want.kind === 'malformed') return { line: i + 1, code: want.code };
      if (want.kind === 'right') return { line: i + 1, ok: true, wrt: want.wrt, claimOk: true, derivative: undefined };
      return { line: i + 1, ok: false, wrt: want.wrt, claimOk: false, derivativeAgrees: true, referenceAgrees: true };
    });
    expect(said).toEqual(wanted);
    expect(expected.filter((want) => want.kind === 'wrong')).toHaveLength(100);
    expect(expected.filter((want) => want.kind === 'malformed')).toHaveLength(40);
  });

  it('exits 2, since bad lines win over failed checks', () => {
    expect([one.status, two.status]).toEqual([2, 2]);
  });

  it('prints the same JSON, byte for byte, with two workers as with one', () => {
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('bp check --batch', () => {
  it.concurrent('exits 1 when a check fails and no line is bad, and 0 when all pass', async () => {
    const { text } = checkBatch(60, { malformed: false });
    const failed = await bpAsync(['check', '--batch', '-', '--json'], { input: text });
    expect(failed.status).toBe(1);
    expect(jsonLines(failed.stdout)).toHaveLength(60);
    const passing = text.split('\n').filter((line) => !line.includes('"wrong-')).join('\n');
    const passed = await bpAsync(['check', '--batch', '-', '--json'], { input: passing });
    expect(passed.status).toBe(0);
  });

  it.concurrent('splits a file into shards that cover every line exactly once, and whose JUnit reports merge into the full one', async () => {
    const { text } = checkBatch(120);
    const path = file('shards.jsonl', text);
    const shards = await Promise.all(['1/3', '2/3', '3/3'].map((shard) => bpAsync(['check', '--batch', path, '--json', '--shard', shard, '--workers', '1'])));
    const lines = shards.map((run) => (jsonLines(run.stdout) as Line[]).map((line) => line.line));
    // vitest's rule: line n (from 1) goes to shard ((n − 1) mod 3) + 1.
    lines.forEach((numbers, s) => expect(numbers.every((n) => (n - 1) % 3 === s)).toBe(true));
    expect(lines.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));

    const full = await bpAsync(['check', '--batch', path, '--report', 'junit', '--workers', '1']);
    const parts = await Promise.all(['1/3', '2/3', '3/3'].map((shard) => bpAsync(['check', '--batch', path, '--report', 'junit', '--shard', shard, '--workers', '1'])));
    const key = (c: TestCase): string => `${c['@_classname']} :: ${c['@_name']} :: ${c.failure?.['@_message'] ?? ''} :: ${c.error?.['@_message'] ?? ''}`;
    const merged = parts.flatMap((run) => junitCases(run.stdout).map(key));
    expect(merged.sort()).toEqual(junitCases(full.stdout).map(key).sort());
  });

  it.concurrent('writes JUnit with a case per line and per claim, bp’s derivative beside a wrong claim, an error case per bad line', async () => {
    const input = [
      '{"id": "square", "program": "x^2*y", "claims": {"x": "2*x", "y": "x^2"}}',
      '{"program": "sin(x"}',
    ].join('\n');
    const run = await bpAsync(['check', '--batch', '-', '--report', 'junit'], { input });
    expect(run.status).toBe(2);
    const cases = junitCases(run.stdout);
    expect(cases.map((c) => c['@_name'])).toEqual([
      '"square" (line 1): gradient at 3 points',
      '"square" (line 1): claim ∂f/∂x = 2*x',
      '"square" (line 1): claim ∂f/∂y = x^2',
      'line 2: input',
    ]);
    expect(cases[0]!.failure).toBeUndefined();
    expect(cases[1]!.failure!['@_message']).toMatch(/bp derives ∂f\/∂x = (2 \* y \* x|2 \* x \* y|y \* 2 \* x)/);
    expect(cases[2]!.failure).toBeUndefined();
    expect(cases[3]!.error!['@_message']).toMatch(/^error\[syntax\]/);
  });

  it.concurrent('prints one GitHub workflow command per failed check, with data and properties escaped', async () => {
    const id = 'a:b,c%d\r\ne';
    const input = `${JSON.stringify({ id, program: 'x^2*y', claims: { x: '2*x', y: '2*x' } })}\nnot json\n`;
    const path = file('gh:1,2.jsonl', input);
    const run = await bpAsync(['check', '--batch', path, '--report', 'github']);
    expect(run.status).toBe(2);
    const commands = run.stdout.split('\n').filter((line) => line !== '');
    expect(commands).toHaveLength(3);
    const unescape = (text: string): string => text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    const parsed = commands.map((command) => {
      const match = /^::error ([^:]*)::(.*)$/.exec(command);
      expect(match).not.toBeNull();
      const properties = Object.fromEntries(match![1]!.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]));
      return { properties, message: unescape(match![2]!) };
    });
    expect(parsed.map((p) => [p.properties.file, p.properties.line])).toEqual([
      [path, '1'],
      [path, '1'],
      [path, '2'],
    ]);
    // Neither a raw ":" nor "," inside a property value, nor a raw CR or LF anywhere.
    expect(parsed[0]!.properties.title).toBe(`bp check: wrong claim ∂f/∂x, ${JSON.stringify(id)} (line 1)`);
    expect(parsed[1]!.properties.title).toBe(`bp check: wrong claim ∂f/∂y, ${JSON.stringify(id)} (line 1)`);
    expect(parsed[0]!.message).toMatch(/^claim ∂f\/∂x = 2\*x is wrong: bp derives ∂f\/∂x = /);
    expect(parsed[2]!.message).toMatch(/^error\[invalid-json\]/);
  });

  it.concurrent('writes annotations and a JUnit file from one run with --junit, and refuses batch options without --batch', async () => {
    const junit = join(dir, 'one-run.xml');
    const input = '{"program": "x^2*y", "claims": {"x": "2*x"}}\n{"program": "x^2"}\n';
    const run = await bpAsync(['check', '--batch', '-', '--report', 'github', '--junit', junit], { input });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(1);
    const cases = junitCases(readFileSync(junit, 'utf8'));
    expect(cases.map((c) => [c['@_name'], c.failure === undefined])).toEqual([
      ['line 1: gradient at 3 points', true],
      ['line 1: claim ∂f/∂x = 2*x', false],
      ['line 2: gradient at 3 points', true],
    ]);
    for (const option of [['--workers', '2'], ['--shard', '1/2'], ['--junit', junit]]) {
      const single = await bpAsync(['check', 'x^2', ...option, '--json']);
      expect(single.status).toBe(2);
      expect(JSON.parse(single.stderr)).toEqual({ error: expect.objectContaining({ code: 'usage', position: { argument: option[0] } }) as unknown });
    }
  });

  it.concurrent('warns when there is nothing to check: an empty file, or an empty shard', async () => {
    const empty = await bpAsync(['check', '--batch', '-', '--json'], { input: '' });
    expect([empty.status, empty.stdout]).toEqual([0, '']);
    expect(empty.stderr).toMatch(/^bp check: warning: standard input has no lines/);
    const shard = await bpAsync(['check', '--batch', '-', '--json', '--shard', '2/2'], { input: '{"program": "x"}\n' });
    expect([shard.status, shard.stdout]).toEqual([0, '']);
    expect(shard.stderr).toMatch(/^bp check: warning: shard 2\/2 of 1 lines is empty/);
  });

  it.concurrent('splits lines on LF only: CRLF files work and a lone CR stays inside its line', async () => {
    const input = '\uFEFF{"program": "x^2", "claims": {"x": "2*x"}}\r\n{"program": "x^3",\r"claims": {"x": "3*x^2"}}\r\n';
    const run = await bpAsync(['check', '--batch', '-', '--json'], { input });
    expect(run.status).toBe(0);
    expect((jsonLines(run.stdout) as Line[]).map((line) => [line.line, line.ok])).toEqual([
      [1, true],
      [2, true],
    ]);
  });

  it.concurrent.each(['1', '2'])('streams: answers the first line before the input ends (--workers %s)', async (workers) => {
    const child = spawn(process.execPath, [CLI, 'check', '--batch', '-', '--json', '--workers', workers], { env: { ...process.env, NO_COLOR: '1' } });
    child.stdin.write('{"program": "x^2 * y"}\n'.repeat(40));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))));
    // The input is still open: a checker that read all of it first, or an output buffer that waited for more, could not have answered yet.
    expect(child.stdin.writableEnded).toBe(false);
    expect(JSON.parse(first.split('\n')[0]!)).toMatchObject({ id: 1, line: 1, ok: true });
    child.stdin.end();
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
  });

  it.concurrent('prints the same JSON and exit code with three workers as with one and two, and exits once its workers are idle', async () => {
    // 150 lines: 3 malformed (exit 2), 7 wrong claims; then the same without the malformed ones (exit 1).
    for (const [options, status] of [[{}, 2], [{ malformed: false }, 1]] as const) {
      const { text } = checkBatch(150, options);
      const [one, two, three] = await Promise.all(['1', '2', '3'].map((workers) => bpAsync(['check', '--batch', '-', '--json', '--points', '1', '--workers', workers], { input: text, timeout: 120_000 })));
      expect(jsonLines(one!.stdout).map((line) => (line as Line).line)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
      // A run that hung on an idle worker would have been killed by the timeout, with no status.
      expect([one!.status, two!.status, three!.status]).toEqual([status, status, status]);
      expect(two!.stdout).toBe(one!.stdout);
      expect(three!.stdout).toBe(one!.stdout);
    }
  }, 300_000);

  it.concurrent('rejects a bad --shard, --workers 0, and a source or --claim given with --batch', async () => {
    for (const [args, argument] of [
      [['--shard', '0/3'], '--shard'],
      [['--shard', '4/3'], '--shard'],
      [['--shard', 'half'], '--shard'],
      [['--workers', '0'], '--workers'],
      [['--claim', 'x=1'], '--claim'],
      [['x^2'], 'source'],
    ] as const) {
      const run = await bpAsync(['check', '--batch', '-', '--json', ...args], { input: '{"program": "x"}\n' });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect((JSON.parse(run.stderr) as { error: { position: { argument: string } } }).error.position.argument).toBe(argument);
    }
  });

  it.concurrent('checks a program with a given point whose domain misses [-2, 2]', async () => {
    const run = await bpAsync(['check', '--batch', '-', '--json'], { input: '{"program": "log(x - 5)", "at": {"x": 6}}\n{"program": "log(x - 5)"}\n' });
    expect(run.status).toBe(0);
    const lines = jsonLines(run.stdout) as { points: { at: { x: number } }[] }[];
    for (const line of lines) for (const point of line.points) expect(point.at.x).toBeGreaterThan(5);
  });
});

describe('bp check --batch with second-order and matrix lines', () => {
  // f = sum((W x − y)²) at W = [[1, 2], [3, 4]], x = (1, −1), y = (0, 1): r = W x − y = (−1, −2), so by
  // hand f = 5, ∂f/∂W = 2 r xᵀ = [[−2, 2], [−4, 4]], ∂f/∂x = 2 Wᵀ r = (−14, −20), ∂f/∂y = −2 r = (2, 4).
  const MATRIX = '{"id": "least-squares", "program": "sum((W*x - y).^2)", "at": {"W": [[1, 2], [3, 4]], "x": [1, -1], "y": [0, 1]}}';
  const lines = [
    '{"id": "hessian-right", "program": "x^2*y", "order": 2, "at": {"x": 3, "y": 2}, "claims": {"x,y": "2*x", "y,y": "0"}}',
    '{"id": "hessian-wrong", "program": "x^2*y", "order": 2, "at": {"x": 1.5, "y": -2}, "claims": {"y,x": "x"}}',
    MATRIX,
    '{"id": "shaped", "program": "a = sigmoid(W*x + b); L = sum(a)", "shape": {"W": "3x2", "x": 2, "b": [3]}}',
    '{"id": "first-order", "program": "x^2*y", "claims": {"x": "2*x*y"}}',
  ];

  it.concurrent('checks "order": 2 lines three ways and matrix lines entry by entry, with values as derived by hand', async () => {
    const run = await bpAsync(['check', '--batch', '-', '--json', '--points', '1', '--workers', '1'], { input: lines.join('\n') });
    expect(run.status).toBe(1);
    const out = jsonLines(run.stdout) as Record<string, unknown>[];
    for (const line of out) expectSchema('check-batch-line.json', line);
    expect(out.map((line) => [line.id, line.ok, line.order])).toEqual([
      ['hessian-right', true, 2],
      ['hessian-wrong', false, 2],
      ['least-squares', true, undefined],
      ['shaped', true, undefined],
      ['first-order', true, undefined],
    ]);
    const right = out[0] as { points: { hessian: Record<string, Record<string, number>>; compiled: Record<string, Record<string, number>> }[]; claims: { wrt: string[]; ok: boolean }[] };
    // ∂²(x²y): [[2y, 2x], [2x, 0]] = [[4, 6], [6, 0]] at (3, 2).
    expect(right.points[0]!.hessian).toEqual({ x: { x: 4, y: 6 }, y: { x: 6, y: 0 } });
    expect(right.points[0]!.compiled.x!.y).toBeCloseTo(6, 12);
    expect(right.claims.map((claim) => [claim.wrt, claim.ok])).toEqual([[['x', 'y'], true], [['y', 'y'], true]]);
    const wrong = (out[1] as { claims: { wrt: string[]; ok: boolean; derivative: string; worst: { at: Record<string, number>; expected: number } }[] }).claims[0]!;
    expect(wrong).toMatchObject({ wrt: ['y', 'x'], ok: false, derivative: '2 * x' });
    expect(wrong.worst.expected).toBeCloseTo(2 * wrong.worst.at.x!, 5);
    const matrix = out[2] as { points: { value: number; gradient: Record<string, unknown>; numeric: { W: number[][] } }[] };
    expect(matrix.points[0]!.value).toBe(5);
    expect(matrix.points[0]!.gradient).toEqual({ W: [[-2, 2], [-4, 4]], x: [-14, -20], y: [2, 4] });
    matrix.points[0]!.numeric.W.flat().forEach((entry, i) => expect(entry).toBeCloseTo([-2, 2, -4, 4][i]!, 6));
    // Shapes given as "3x2", 2 and [3]: each gradient comes back in its input's shape.
    const shaped = out[3] as { points: { gradient: { W: number[][]; x: number[]; b: number[] } }[] };
    expect(shaped.points).toHaveLength(1);
    expect([shaped.points[0]!.gradient.W.map((row) => row.length), shaped.points[0]!.gradient.x.length, shaped.points[0]!.gradient.b.length]).toEqual([[2, 2, 2], 2, 3]);
  });

  it.concurrent('names the wrong second partial and a failed matrix entry in JUnit and GitHub reports', async () => {
    const junit = await bpAsync(['check', '--batch', '-', '--report', 'junit', '--points', '0'], { input: `${lines[1]}\n${lines[0]}\n` });
    expect(junit.status).toBe(1);
    const cases = junitCases(junit.stdout);
    expect(cases.map((c) => c['@_name'])).toEqual([
      '"hessian-wrong" (line 1): Hessian at 1 point',
      '"hessian-wrong" (line 1): claim ∂²f/∂y∂x = x',
      '"hessian-right" (line 2): Hessian at 1 point',
      '"hessian-right" (line 2): claim ∂²f/∂x∂y = 2*x',
      '"hessian-right" (line 2): claim ∂²f/∂y² = 0',
    ]);
    expect(cases[1]!.failure!['@_message']).toMatch(/^claim ∂²f\/∂y∂x = x is wrong: bp derives ∂²f\/∂y∂x = 2 \* x; at x = 1\.5, y = -2 /);
    expect(cases.filter((c) => c.failure !== undefined)).toHaveLength(1);
    // A tolerance no finite difference meets fails the matrix line's entries, each named by its row and column.
    const github = await bpAsync(['check', '--batch', '-', '--report', 'github', '--points', '0', '--rtol', '1e-16', '--atol', '1e-16'], { input: `${MATRIX}\n` });
    expect(github.status).toBe(1);
    const commands = github.stdout.split('\n').filter((line) => line !== '');
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command).toMatch(/^::error title=bp check%3A gradient mismatch ∂f\/∂[Wxy]\[[01]%2C [01]\]%2C "least-squares" \(line 1\)::∂f\/∂[Wxy]\[[01], [01]\]: .* at W = \[\[1,2\],\[3,4\]\], x = \[1,-1\], y = \[0,1\]$/);
  });

  it.concurrent('prints the same JSON with two workers as with one for second-order and matrix lines', async () => {
    const input = Array.from({ length: 8 }, () => lines.join('\n')).join('\n');
    const [one, two] = await Promise.all([
      bpAsync(['check', '--batch', '-', '--json', '--points', '2', '--workers', '1'], { input }),
      bpAsync(['check', '--batch', '-', '--json', '--points', '2', '--workers', '2'], { input }),
    ]);
    expect(one.status).toBe(1);
    expect(jsonLines(one.stdout)).toHaveLength(40);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(one.status);
  });

  it.concurrent('reports bad second-order and matrix lines with their codes, never dropping them', async () => {
    const input = [
      '{"program": "x*y", "order": 2, "claims": {"x": "y"}}',
      '{"program": "x*y", "order": 2, "claims": {"x,y": "1", "y,x": "1"}}',
      '{"program": "sum(W*x)", "shape": {"W": [3, 2], "x": [3]}}',
      '{"program": "sum(W*x)", "shape": {"W": [2, 2]}, "at": {"W": [[1, 2, 3]], "x": [1, 2]}}',
      '{"program": "sum(W*x)", "at": {"W": [[1, 2], [3, 4]]}}',
      '{"program": "sum(W*x)", "shape": {"W": [2, 2], "x": 2}, "order": 2}',
      '{"program": "sum(W*x)", "shape": {"W": [2, 2], "x": 2}, "claims": {"x": "1"}}',
    ].join('\n');
    const run = await bpAsync(['check', '--batch', '-', '--json'], { input });
    expect(run.status).toBe(2);
    const out = jsonLines(run.stdout) as Line[];
    expect(out.map((line) => line.error?.code)).toEqual(['invalid-line', 'invalid-line', 'shape', 'invalid-line', 'invalid-line', 'unsupported', 'unsupported']);
  });
});

describe('bp check --batch with "assume"', () => {
  const SOFTMAX = 's = exp(a) + exp(b) + exp(c); p_a = exp(a)/s; p_b = exp(b)/s; p_c = exp(c)/s; L = -(y_a*log(p_a) + y_b*log(p_b) + y_c*log(p_c))';
  const line = (fields: Record<string, unknown>): string => JSON.stringify({ program: SOFTMAX, ...fields });

  it.concurrent('checks p_b − y_b where the labels sum to 1, fails it where they need not, and reports a bad "assume" on its line', async () => {
    const lines = [
      line({ id: 'assumed', assume: 'y_a + y_b + y_c = 1', claims: { b: 'p_b - y_b' } }),
      line({ id: 'not-assumed', claims: { b: 'p_b - y_b' } }),
      line({ id: 'exact', claims: { b: 'p_b * (y_a + y_b + y_c) - y_b' } }),
      line({ id: 'list', assume: ['y_a + y_b + y_c = 1'], at: { a: 0.3, b: -1, c: 2, y_a: 0, y_b: 1, y_c: 0 }, claims: { b: 'p_b - y_b' } }),
      line({ id: 'unknown-name', assume: 'y_a + y_q = 1' }),
      line({ id: 'not-a-sum', assume: 'y_a * y_b = 1' }),
      line({ id: 'broken-at', assume: 'y_a + y_b + y_c = 1', at: { a: 0, b: 0, c: 0, y_a: 1, y_b: 1, y_c: 1 } }),
      line({ id: 'second-order', assume: 'y_a + y_b + y_c = 1', order: 2 }),
    ];
    const run = await bpAsync(['check', '--batch', '-', '--json', '--points', '3', '--workers', '1'], { input: lines.join('\n') });
    expect(run.status).toBe(2);
    const out = jsonLines(run.stdout) as (Line & { assumptions?: string[]; points?: { at: Record<string, number> }[] })[];
    const byId = Object.fromEntries(out.map((result) => [result.id, result]));
    expect(byId.assumed!.ok).toBe(true);
    expect(byId.assumed!.assumptions).toEqual(['y_a + y_b + y_c = 1']);
    // Every point checked, random ones included, has labels summing to 1.
    for (const point of byId.assumed!.points!) expect(point.at.y_a! + point.at.y_b! + point.at.y_c!).toBeCloseTo(1, 12);
    expect(byId['not-assumed']!.ok).toBe(false);
    expect(byId.exact!.ok).toBe(true);
    expect(byId.list!.ok).toBe(true);
    expect(['unknown-name', 'not-a-sum', 'broken-at'].filter((id) => byId[id]!.error === undefined)).toEqual([]);
    expect(byId['broken-at']!.error!.code).toBe('invalid-point');
    expect(byId['second-order']!.error!.code).toBe('unsupported');
  });
});
