import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { freemem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bpAsync, expectSchema, jsonLines } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'bp-train-'));

interface Epoch {
  epoch: number;
  loss: number;
  accuracy: number;
}

describe('bp train', () => {
  it.concurrent('learns XOR to 100 % accuracy, one contract JSON line per epoch', async () => {
    const save = join(dir, 'xor.json');
    const run = await bpAsync(['train', '--dataset', 'xor', '--json', '--save', save]);
    expect(run.status).toBe(0);
    const epochs = jsonLines(run.stdout) as Epoch[];
    for (const line of epochs) expectSchema('train-epoch.json', line);
    expect(epochs.map((line) => line.epoch)).toEqual(Array.from({ length: epochs.length }, (_, i) => i + 1));
    expect(epochs[epochs.length - 1]!.accuracy).toBe(1);
    expect(epochs[epochs.length - 1]!.loss).toBeLessThan(epochs[0]!.loss);
    const saved = JSON.parse(readFileSync(save, 'utf8')) as { format: string; sizes: number[] };
    expect(saved).toMatchObject({ format: 'bp-mlp', sizes: [2, 8, 1] });
  });

  it.concurrent('gives the same numbers for the same seed', async () => {
    const [a, b] = await Promise.all([
      bpAsync(['train', '--epochs', '20', '--seed', '7', '--json']),
      bpAsync(['train', '--epochs', '20', '--seed', '7', '--json']),
    ]);
    const losses = (text: string) => (jsonLines(text) as Epoch[]).map((line) => line.loss);
    expect(losses(a.stdout)).toEqual(losses(b.stdout));
  });

  it.concurrent('trains on a CSV file with the class in the last column and prints a table', async () => {
    // Two separable blobs: the class is 1 exactly when x + y > 0.
    const rows = ['x,y,label'];
    for (let i = 0; i < 200; i++) {
      const x = Math.sin(i * 1.7) * 2;
      const y = Math.cos(i * 2.3) * 2;
      if (Math.abs(x + y) > 0.2) rows.push(`${x},${y},${x + y > 0 ? 1 : 0}`);
    }
    const file = join(dir, 'blobs.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const run = await bpAsync(['train', '--dataset', file, '--epochs', '60']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('epoch');
    const accuracy = Number(/held-out accuracy ([\d.]+) %/.exec(run.stdout)?.[1]);
    expect(accuracy).toBeGreaterThanOrEqual(90);
  });

  it.concurrent('reaches 90 % on the real MNIST digits in a short smoke run', async () => {
    const run = await bpAsync(['train', '--dataset', 'mnist', '--layers', '784,32,10', '--epochs', '2', '--batch', '64', '--lr', '0.003', '--json']);
    expect(run.status).toBe(0);
    const epochs = jsonLines(run.stdout) as Epoch[];
    expect(epochs).toHaveLength(2);
    expect(epochs[1]!.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it.concurrent('rejects a CSV cell that is not a number, naming the line and column', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, '1,2,0\n3,oops,1\n');
    const run = await bpAsync(['train', '--dataset', file, '--json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'invalid-option' } });
    expect(run.stderr).toContain('line 2, column 2');
  });

  it.concurrent('rejects layer sizes that do not fit the dataset', async () => {
    const run = await bpAsync(['train', '--dataset', 'xor', '--layers', '3,4,1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('error[invalid-option]');
  });

  it.concurrent.each([
    [['--epochs', '0'], '--epochs'],
    [['--batch', '0'], '--batch'],
    [['--lr', '0'], '--lr'],
    [['--lr', '-0.5'], '--lr'],
    [['--layers', '2,0,1'], '--layers'],
  ])('refuses %j before any training, naming the option', async (options, option) => {
    const save = join(dir, `never-${option.slice(2)}-${options[1]}.json`);
    const run = await bpAsync(['train', '--dataset', 'xor', '--json', '--save', save, ...options]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'invalid-option', position: { argument: option } } });
    expect(existsSync(save)).toBe(false);
  });

  it.concurrent.each([
    ['a directory that does not exist', join(dir, 'missing', 'net.json')],
    ['a directory', dir],
    ['a file system that cannot hold files', '/proc/net.json'],
  ])('refuses --save to %s before training, not after', async (_what, save) => {
    const run = await bpAsync(['train', '--dataset', 'mnist', '--json', '--save', save]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'file', position: { argument: '--save' } } });
  });

  it.concurrent('refuses a network whose weight matrix no array can hold, saying how much memory it needs', async () => {
    const run = await bpAsync(['train', '--dataset', 'xor', '--layers', '2,100000,100000,1']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    // 1e10 weights of 8 bytes, with their gradients and Adam's two moments: 320 GB.
    expect(run.stderr).toMatch(/^bp train: error\[too-large\]: .*\b3[0-9]{2} GB\b.*\n$/);
  });

  // 65 000 × 65 000 weights fit one array (2³² elements) but, with gradients and Adam's state,
  // need about 135 GB: more than is available, unless the machine is a very large one.
  it.runIf(freemem() < 100e9).concurrent('refuses a network larger than the memory of the machine before allocating it', async () => {
    const run = await bpAsync(['train', '--dataset', 'xor', '--layers', '2,65000,65000,1', '--json']);
    expect(run.status).toBe(2);
    const { error } = JSON.parse(run.stderr) as { error: { message: string } };
    expect(error).toMatchObject({ code: 'too-large', position: { argument: '--layers' } });
    expect(error.message).toMatch(/13[0-9] GB/);
  });
});
