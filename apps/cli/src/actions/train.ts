import { activationByName, mlp, type Mlp, type OptimizerName } from '@bp/numeric';
import { EXIT_CODES } from '../commands.js';
import { CliError, withSource } from '../errors.js';
import type { CommandContext } from '../context.js';
import { numberForTerminal, jsonLine, table, write } from '../output.js';
import { csv, mnistDigits, shuffle, xor, type Dataset, type Examples } from './datasets.js';
import { namesOption } from './shared.js';

/** One epoch, as `--json` prints it (the contract). */
interface EpochJson {
  readonly epoch: number;
  readonly loss: number;
  readonly accuracy: number;
  readonly seconds: number;
}

/** Every option of `bp train`, checked; `undefined` where the dataset's default applies. */
interface Settings {
  readonly dataset: string;
  readonly layers: readonly number[] | undefined;
  readonly activation: string | undefined;
  readonly optimizer: OptimizerName;
  readonly lr: number | undefined;
  readonly epochs: number | undefined;
  readonly batch: number | undefined;
  readonly seed: number;
  readonly save: string | undefined;
}

/** Per-parameter arrays each optimizer keeps besides the weights and their gradients. */
const OPTIMIZER_STATE: Readonly<Record<OptimizerName, number>> = { sgd: 0, momentum: 1, rmsprop: 1, adam: 2 };

function invalid(option: string, message: string): CliError {
  return new CliError('invalid-option', `${option} ${message}`, { argument: option });
}

/** Reads and checks every option before any work starts: one line naming the option at fault. */
function settings(context: CommandContext<'train'>): Settings {
  const options = context.options;
  const epochs = options.epochs;
  if (epochs !== undefined && epochs < 1) throw invalid('--epochs', `must be at least 1, found ${epochs}`);
  const batch = options.batch;
  if (batch !== undefined && batch < 1) throw invalid('--batch', `must be at least 1, found ${batch}`);
  const lr = options.lr;
  if (lr !== undefined && !(lr > 0)) throw invalid('--lr', `must be a positive number, found ${lr}`);
  const layers = namesOption(context, 'layers')?.map((size) => {
    const value = Number(size);
    if (!/^\d+$/.test(size) || !Number.isSafeInteger(value) || value <= 0) throw invalid('--layers', `needs positive whole numbers, found "${size}"`);
    return value;
  });
  if (layers !== undefined && layers.length < 2) throw invalid('--layers', 'needs at least two sizes: the inputs and the outputs');
  const text = options.activation;
  const activation = text === undefined || text.trim() === '' ? undefined : text;
  // Built (and, for an expression, differentiated and compiled) now, so a typo stops bp at once.
  if (activation !== undefined) withSource(activation, () => activationByName(activation), '--activation');
  return {
    dataset: options.dataset,
    layers,
    activation,
    optimizer: options.optimizer,
    lr,
    epochs,
    batch,
    seed: options.seed,
    save: options.save,
  };
}

/**
 * Refuses a `--save` path that cannot be written before training, by trying: an existing file is
 * opened for writing (and left as it is), a new one is created and removed again.
 */
async function checkWritable(path: string): Promise<void> {
  const { open, rm, stat } = await import('node:fs/promises');
  const fail = (reason: string, cause?: unknown): CliError =>
    new CliError('file', `cannot write ${path}: ${reason}`, { argument: '--save' }, cause === undefined ? undefined : { cause });
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory() === true) throw fail('it is a directory');
  try {
    const handle = await open(path, info === undefined ? 'wx' : 'r+');
    await handle.close();
    if (info === undefined) await rm(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : (error as Error).message;
    throw fail(reason, error);
  }
}

/** Bytes in decimal units with three significant digits. */
function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let unit = 0;
  while (bytes >= 1000 && unit < units.length - 1) {
    bytes /= 1000;
    unit++;
  }
  return `${Number(bytes.toPrecision(3))} ${units[unit]!}`;
}

/**
 * Refuses a network that needs more memory than is available, before allocating it: float64
 * weights, their gradients and the optimizer's state per parameter, plus four activations-sized
 * arrays per layer for a batch.
 */
async function checkMemory(sizes: readonly number[], batch: number, optimizer: OptimizerName): Promise<void> {
  const { freemem } = await import('node:os');
  let parameters = 0;
  let activations = sizes[0]!;
  for (let l = 0; l + 1 < sizes.length; l++) {
    parameters += sizes[l]! * sizes[l + 1]! + sizes[l + 1]!;
    activations += 4 * sizes[l + 1]!;
  }
  const bytes = 8 * (parameters * (2 + OPTIMIZER_STATE[optimizer]) + batch * activations);
  // What the system can give now (MemAvailable on Linux), not the installed total.
  const available = freemem();
  if (bytes <= available) return;
  throw new CliError(
    'too-large',
    `training a ${sizes.join('-')} network with ${optimizer} needs about ${formatBytes(bytes)} of memory (weights, gradients and optimizer state); ${formatBytes(available)} is available`,
    { argument: '--layers' },
  );
}

/** The dataset `--dataset` names: its shape and defaults, its examples not yet read. */
function dataset(name: string, seed: number): Promise<Dataset> {
  if (name === 'xor') return Promise.resolve(xor());
  if (name === 'mnist') return Promise.resolve(mnistDigits(seed));
  return csv(name, seed);
}

/** Layer sizes: `--layers` checked against the dataset, or the dataset's default. */
function networkSizes(data: Dataset, layers: readonly number[] | undefined): readonly number[] {
  const sizes = layers ?? [data.inputs, ...data.hidden, data.outputs];
  if (sizes[0] !== data.inputs || sizes[sizes.length - 1] !== data.outputs) {
    throw invalid('--layers', `must start with ${data.inputs} inputs and end with ${data.outputs} outputs for ${data.name}`);
  }
  return sizes;
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

/** What one epoch reports as it goes: the bar's update, or nothing. */
interface Progress {
  start(steps: number, epoch: number): void;
  update(step: number, loss: number, examples: number, seconds: number): void;
  stop(): void;
}

/** The live progress bar on a terminal (standard error), or a silent stand-in elsewhere and with --json. */
async function progress(context: CommandContext<'train'>, epochs: number): Promise<Progress> {
  if (context.json || process.stderr.isTTY !== true) return { start: () => undefined, update: () => undefined, stop: () => undefined };
  // cli-progress is CommonJS: bundled, its chunk has only a default export (module.exports).
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    { format: 'epoch {epoch}/{epochs} {bar} {percentage}% | loss {loss} | {speed} examples/s', hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  return {
    start: (steps, epoch) => bar.start(steps, 0, { epoch, epochs, loss: '…', speed: '…' }),
    update: (step, loss, examples, seconds) =>
      bar.update(step, { loss: numberForTerminal(loss).slice(0, 8), speed: Math.round(examples / Math.max(seconds, 1e-9)) }),
    stop: () => bar.stop(),
  };
}

/** One pass over the training data in shuffled mini-batches; returns the mean loss. */
function epochLoss(net: Mlp, train: Examples, order: number[], batch: number, step: (done: number, loss: number, examples: number) => void, run: { optimizer: OptimizerName; lr: number }): number {
  const inputs = net.sizes[0]!;
  const outputs = net.sizes[net.sizes.length - 1]!;
  const xBatch = new Float64Array(batch * inputs);
  const yBatch = new Float64Array(batch * outputs);
  let total = 0;
  for (let from = 0, done = 1; from < train.count; from += batch, done++) {
    const size = Math.min(batch, train.count - from);
    for (let r = 0; r < size; r++) {
      const i = order[from + r]!;
      xBatch.set(train.x.subarray(i * inputs, (i + 1) * inputs), r * inputs);
      yBatch.set(train.y.subarray(i * outputs, (i + 1) * outputs), r * outputs);
    }
    const x = size === batch ? xBatch : xBatch.subarray(0, size * inputs);
    const y = size === batch ? yBatch : yBatch.subarray(0, size * outputs);
    total += net.trainStep(x, y, size, run) * size;
    step(done, total / (from + size), from + size);
  }
  return total / train.count;
}

/** The table printed after training: at most about twenty epochs, always the last. */
function summary(context: CommandContext<'train'>, history: readonly EpochJson[], data: Dataset, sizes: readonly number[], optimizer: string): string {
  const c = context.colors;
  const rows = [
    [c.bold('epoch'), c.bold('loss'), c.bold('accuracy'), c.bold('seconds')],
    ...history
      .filter((_record, i) => history.length <= 20 || i % Math.ceil(history.length / 20) === 0 || i === history.length - 1)
      .map((record) => [String(record.epoch), record.loss.toPrecision(4), `${(record.accuracy * 100).toFixed(1)} %`, record.seconds.toFixed(2)]),
  ];
  const last = history[history.length - 1]!;
  return `${table(rows)}\n\n${data.name}: ${sizes.join('-')} network, ${optimizer}, held-out accuracy ${(last.accuracy * 100).toFixed(1)} %\n`;
}

/** `bp train`: trains a small network with @bp/numeric. */
export async function run(context: CommandContext<'train'>): Promise<number> {
  const options = settings(context);
  if (options.save !== undefined) await checkWritable(options.save);
  const data = await dataset(options.dataset, options.seed);
  const sizes = networkSizes(data, options.layers);
  const epochs = options.epochs ?? data.epochs;
  const lr = options.lr ?? data.lr;
  const hidden: string = options.activation ?? data.activation;
  const { train, test } = await data.load();
  // No batch is larger than the data, so a huge --batch allocates no more than the data itself.
  const batch = Math.min(options.batch ?? data.batch, train.count);
  await checkMemory(sizes, batch, options.optimizer);
  const net = withSource(hidden, () => mlp({ sizes, hidden, output: data.output, loss: data.loss, seed: options.seed }), '--activation');
  const order = Array.from({ length: train.count }, (_, i) => i);
  const bar = await progress(context, epochs);
  const history: EpochJson[] = [];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const started = performance.now();
    shuffle(order, options.seed + epoch);
    bar.start(Math.ceil(train.count / batch), epoch);
    const step = (done: number, loss: number, examples: number): void => bar.update(done, loss, examples, (performance.now() - started) / 1000);
    const loss = epochLoss(net, train, order, batch, step, { optimizer: options.optimizer, lr });
    bar.stop();
    if (!Number.isFinite(loss)) throw invalid('--lr', `is too large: the loss diverged to ${loss} in epoch ${epoch}; try a smaller --lr`);
    const record: EpochJson = { epoch, loss, accuracy: accuracy(net.predict(test.x, test.count), test, data.outputs), seconds: (performance.now() - started) / 1000 };
    history.push(record);
    if (context.json) await write(process.stdout, jsonLine(record));
  }
  if (!context.json) await write(process.stdout, summary(context, history, data, sizes, options.optimizer));
  if (options.save !== undefined) await saveNetwork(net, options.save);
  return EXIT_CODES.success;
}

/** Writes the trained weights as JSON (the path was checked before training). */
async function saveNetwork(net: Mlp, path: string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  try {
    await writeFile(path, `${JSON.stringify(net.toJSON())}\n`);
  } catch (error) {
    throw new CliError('file', `cannot write ${path}: ${(error as Error).message}`, { argument: '--save' }, { cause: error });
  }
}
