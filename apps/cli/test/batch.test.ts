import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, bpAsync, expectSchema, jsonLines } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'bp-batch-'));

const GRAD_LINES = [
  '{"program": "x^2 * y", "at": {"x": 3, "y": 2}}',
  '',
  '{"program": "x^2", "at": {"x": 1}',
  '{"program": "2 * ) + x", "at": {"x": 1}}',
  '{"program": "log(x)", "at": {"x": -1}}',
  '{"program": "x * y", "at": {"x": 1}}',
  '[1, 2]',
  '{"program": 42, "at": {}}',
  '{"program": "constructor * __proto__", "at": {"constructor": 2, "__proto__": 3}}',
  '{"program": "a = x*y; b = a + z; c = b^2", "at": {"x": 1, "y": 2, "z": 3}, "wrt": ["z"]}',
];

describe('bp grad --batch', () => {
  it.concurrent('answers every line in order, errors as lines, and exits 2 when any line was bad', async () => {
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, `${GRAD_LINES.join('\n')}\n`);
    const run = await bpAsync(['grad', '--batch', file, '--json']);
    expect(run.status).toBe(2);
    const out = jsonLines(run.stdout);
    expect(out).toHaveLength(GRAD_LINES.length);
    for (const line of out) expectSchema('grad-batch-line.json', line);
    const codes = out.map((line) => (line as { error?: { code: string } }).error?.code ?? 'ok');
    expect(codes).toEqual(['ok', 'invalid-json', 'invalid-json', 'syntax', 'domain', 'invalid-argument', 'invalid-line', 'invalid-line', 'ok', 'ok']);
    expect(out[0]).toEqual({ value: 18, gradient: { x: 12, y: 9 } });
    expect((out[3] as { error: { position: unknown } }).error.position).toEqual({ start: 4, end: 5 });
    expect(out[8]).toEqual(JSON.parse('{"value": 6, "gradient": {"constructor": 3, "__proto__": 2}}'));
    expect(out[9]).toEqual({ value: 25, gradient: { z: 10 } });
  });

  it.concurrent('reads standard input with - and exits 0 when every line succeeds', async () => {
    const input = Array.from({ length: 200 }, (_, i) => JSON.stringify({ program: 'x^2', at: { x: i } })).join('\n');
    const run = await bpAsync(['grad', '--batch', '-', '--json'], { input });
    expect(run.status).toBe(0);
    const out = jsonLines(run.stdout) as { gradient: { x: number } }[];
    expect(out.map((line) => line.gradient.x)).toEqual(Array.from({ length: 200 }, (_, i) => 2 * i));
  });

  it.concurrent('prints nothing for an empty input and succeeds', async () => {
    const run = await bpAsync(['grad', '--batch', '-'], { input: '' });
    expect([run.status, run.stdout]).toEqual([0, '']);
  });
});

describe('bp derive --batch', () => {
  it.concurrent('derives each line, with errors in place', async () => {
    const input = [
      '{"program": "a = x*y; b = a + z; c = b^2", "wrt": "x"}',
      '{"program": "sine(x)", "wrt": "x"}',
      '{"program": "x*y"}',
      '{"program": "x^3", "wrt": "x"}',
    ].join('\n');
    const run = await bpAsync(['derive', '--batch', '-', '--json'], { input });
    expect(run.status).toBe(2);
    const out = jsonLines(run.stdout) as { compact?: string; error?: { code: string } }[];
    for (const line of out) expectSchema('derive-batch-line.json', line);
    expect(out.map((line) => line.error?.code ?? line.compact)).toEqual(['2 * b * y', 'unknown-function', 'invalid-line', '3 * x ^ 2']);
  });

  it.concurrent('needs no "wrt" when the program has one input, as bp derive needs no --wrt', async () => {
    const input = ['{"program": "sin(x)"}', '{"program": "a = t^2; b = 3*a"}', '{"program": "2 + 3"}', '{"program": "x*y"}'].join('\n');
    const [batch, single] = await Promise.all([
      bpAsync(['derive', '--batch', '-', '--json'], { input }),
      bpAsync(['derive', 'sin(x)', '--json']),
    ]);
    expect(batch.status).toBe(2);
    const out = jsonLines(batch.stdout) as { wrt?: string; derivative?: string; error?: { code: string; position: unknown } }[];
    expect(out[0]).toEqual(JSON.parse(single.stdout));
    expect(out.slice(0, 2).map((line) => [line.wrt, line.derivative])).toEqual([['x', 'cos(x)'], ['t', '6 * t']]);
    // No input, or several: "wrt" is needed, and the line says so.
    expect(out.slice(2).map((line) => line.error)).toEqual([
      expect.objectContaining({ code: 'invalid-line', position: { argument: 'line 3' } }),
      expect.objectContaining({ code: 'invalid-line', position: { argument: 'line 4' } }),
    ]);
  });
});

describe('a reader that stops early', () => {
  it('ends bp quietly with status 0, as head expects', () => {
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, `${Array.from({ length: 20_000 }, () => '{"program": "x^2", "at": {"x": 1}}').join('\n')}\n`);
    const script = `"${process.execPath}" "${CLI}" grad --batch "${file}" --json | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout).toBe('{"value":1,"gradient":{"x":2}}\n');
    expect(run.stderr).toBe('status 0\n');
  });
});
