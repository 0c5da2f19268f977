/**
 * The acceptance batch of `bp check --batch` (issue 17): programs with hand-derived partials, some
 * claims wrong on purpose and some lines malformed, generated from a seed. Each line's expected
 * outcome is known here, independently of bp: the partials below were derived by hand.
 */

type Point = Record<string, number>;

/** A program family: its source for a coefficient a, and its correct and wrong partials. */
interface Template {
  readonly program: (a: number) => string;
  readonly wrt: string;
  /** The claim as a user would write it, right. */
  readonly right: (a: number) => string;
  /** The same claim with a classic mistake. */
  readonly wrong: (a: number) => string;
  /** The correct partial, as a number, by hand. */
  readonly partial: (a: number, at: Point) => number;
  readonly inputs: readonly string[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

const TEMPLATES: readonly Template[] = [
  {
    program: (a) => `${a}*x^2*y`,
    wrt: 'x',
    right: (a) => `2*${a}*x*y`,
    wrong: (a) => `2*${a}*x`, // forgot the factor y
    partial: (a, p) => 2 * a * p.x! * p.y!,
    inputs: ['x', 'y'],
  },
  {
    program: (a) => `sin(${a}*x) * exp(y)`,
    wrt: 'x',
    right: (a) => `${a}*cos(${a}*x)*exp(y)`,
    wrong: (a) => `cos(${a}*x)*exp(y)`, // forgot the inner derivative of the chain rule
    partial: (a, p) => a * Math.cos(a * p.x!) * Math.exp(p.y!),
    inputs: ['x', 'y'],
  },
  {
    program: (a) => `z = w*x + ${a}; p = sigmoid(z); L = (t - p)^2 / 2`,
    wrt: 'w',
    right: () => '(p - t)*p*(1 - p)*x',
    wrong: () => '(p - t)*p*x', // forgot σ' = p(1 − p)
    partial: (a, q) => {
      const p = sigmoid(q.w! * q.x! + a);
      return (p - q.t!) * p * (1 - p) * q.x!;
    },
    inputs: ['w', 'x', 't'],
  },
  {
    program: (a) => `log(x^2 + ${a}) * y`,
    wrt: 'x',
    right: (a) => `2*x*y/(x^2 + ${a})`,
    wrong: (a) => `2*x/(x^2 + ${a})`, // forgot the factor y
    partial: (a, p) => (2 * p.x! * p.y!) / (p.x! ** 2 + a),
    inputs: ['x', 'y'],
  },
  {
    program: (a) => `sqrt(x^2 + y^2 + ${a})`,
    wrt: 'y',
    right: (a) => `y/sqrt(x^2 + y^2 + ${a})`,
    wrong: (a) => `y/(x^2 + y^2 + ${a})`, // forgot the square root
    partial: (a, p) => p.y! / Math.sqrt(p.x! ** 2 + p.y! ** 2 + a),
    inputs: ['x', 'y'],
  },
];

/** Malformed lines of several kinds, each bad input (exit 2) with the code bp must report. */
const MALFORMED: readonly { readonly text: string; readonly code: string }[] = [
  { text: '{"program": "x^2"', code: 'invalid-json' },
  { text: '{"claims": {"x": "2*x"}}', code: 'invalid-line' },
  { text: '{"program": "x^*2"}', code: 'syntax' },
  { text: '{"program": "x^2", "claim": {"x": "2*x"}}', code: 'invalid-line' },
  { text: '', code: 'invalid-json' },
  { text: '{"program": "x^2", "at": {"x": "one"}}', code: 'invalid-line' },
  { text: '{"program": "x*y", "order": 2, "claims": {"x": "y"}}', code: 'invalid-line' },
  { text: '{"program": "sum(W*x)", "shape": {"W": [3, 2], "x": [3]}}', code: 'shape' },
  { text: '{"program": "x*y", "order": 3}', code: 'invalid-line' },
];

/** What a line of the batch should give. */
export type Expected =
  | { readonly kind: 'right' | 'wrong'; readonly id: string; readonly wrt: string; readonly partial: (at: Point) => number }
  | { readonly kind: 'malformed'; readonly code: string };

/** mulberry32: a small seeded generator, so the batch is the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` lines: line n is malformed when n is a multiple of 50 (2 %), has a wrong claim when n mod
 * 20 is 7 (5 %), and is right otherwise. `malformed: false` leaves out the malformed lines.
 */
export function checkBatch(count: number, options: { malformed?: boolean; seed?: number } = {}): { text: string; expected: Expected[] } {
  const next = generator(options.seed ?? 17);
  const lines: string[] = [];
  const expected: Expected[] = [];
  for (let n = 1; n <= count; n++) {
    if (n % 50 === 0 && options.malformed !== false) {
      const bad = MALFORMED[(n / 50) % MALFORMED.length]!;
      lines.push(bad.text);
      expected.push({ kind: 'malformed', code: bad.code });
      continue;
    }
    const template = TEMPLATES[Math.floor(next() * TEMPLATES.length)]!;
    const a = 2 + Math.floor(next() * 8);
    const kind = n % 20 === 7 ? 'wrong' : 'right';
    const id = `${kind}-${n}`;
    const line: Record<string, unknown> = { id, program: template.program(a), claims: { [template.wrt]: template[kind](a) } };
    if (next() < 0.5) line.at = Object.fromEntries(template.inputs.map((name) => [name, Math.round((next() * 4 - 2) * 100) / 100]));
    lines.push(JSON.stringify(line));
    expected.push({ kind, id, wrt: template.wrt, partial: (at) => template.partial(a, at) });
  }
  return { text: `${lines.join('\n')}\n`, expected };
}
