import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { derive } from '@bp/symbolic';

/** One case of the presentation corpus: a source (expression or program) and the input to differentiate by. */
export interface CorpusCase {
  readonly id: string;
  readonly category: string;
  readonly source: string;
  readonly wrt: string;
}

/** bp's side of one case: the derivative it prints (in the inputs alone) and the time to derive it. */
export interface BpResult {
  readonly id: string;
  readonly derivative: string;
  readonly ms: number;
}

/** The corpus committed beside this package (`presentation/corpus.json`). */
export function readCorpus(): CorpusCase[] {
  return JSON.parse(readFileSync(new URL('../presentation/corpus.json', import.meta.url), 'utf8')) as CorpusCase[];
}

/** bp's derivative of one case, as `bp derive` prints it in the inputs. */
export function bpDerivative(c: CorpusCase): string {
  return derive(c.source, c.wrt).derivative;
}

/** bp's side of one case, timed as the median of `runs` derivations after one warm-up. */
export function measure(c: CorpusCase, runs = 5): BpResult {
  const derivative = bpDerivative(c);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bpDerivative(c);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { id: c.id, derivative, ms: times[Math.floor(runs / 2)]! };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(readCorpus().map((c) => measure(c)))}\n`);
}
