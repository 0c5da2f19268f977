/**
 * What `bp` accepts, as data: every command, argument, option and example. The argument parser is
 * built from this table, `bp help --json` prints it, and the docs site generates its CLI
 * reference from it, so the three cannot drift apart. Nothing here imports the maths.
 */

/** How an option's value is read. */
export type OptionType = 'boolean' | 'string' | 'number' | 'integer' | 'point' | 'names' | 'file';

/** One option of a command, as written on the command line. */
export interface OptionSpec {
  /** Commander-style flags: `-o, --output <file>`, `--steps`. */
  readonly flags: string;
  readonly description: string;
  readonly type: OptionType;
  /** The only values accepted, when the set is closed. */
  readonly choices?: readonly string[];
  readonly default?: string | number | boolean;
  /** The option may be given more than once; every value is kept. */
  readonly repeatable?: boolean;
}

/** One positional argument of a command. */
export interface ArgumentSpec {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
}

/** A worked example shown under `bp <command> --help`. */
export interface ExampleSpec {
  readonly command: string;
  readonly description: string;
}

/** One `bp` command. */
export interface CommandSpec {
  readonly name: string;
  /** One line, shown in `bp --help`. */
  readonly summary: string;
  /** A paragraph, shown in `bp <command> --help`. */
  readonly description: string;
  readonly arguments: readonly ArgumentSpec[];
  readonly options: readonly OptionSpec[];
  readonly examples: readonly ExampleSpec[];
  /** The JSON schemas (in `apps/cli/schemas`) of what `--json` prints, one document or one line at a time. */
  readonly schemas: readonly string[];
}

/** Exit statuses, the contract scripts rely on. */
export const EXIT_CODES: Readonly<Record<'success' | 'failed' | 'usage' | 'internal', number>> = {
  /** Everything worked and every check passed. */
  success: 0,
  /** A check ran and found a gradient that disagrees. */
  failed: 1,
  /** Bad input or usage: the message says what and where. */
  usage: 2,
  /** A bug in bp (EX_SOFTWARE from sysexits.h); `--debug` prints the stack. */
  internal: 70,
};

const SOURCE: ArgumentSpec = {
  name: 'source',
  description:
    'an expression (`(x*y + z)^2`) or a program of assignments separated by `;` or newlines (`a = x*y; b = a + z; c = b^2`); `-` reads it from standard input and `@FILE` from the file FILE',
  required: true,
};

const OPTIONAL_SOURCE: ArgumentSpec = { ...SOURCE, required: false, description: `${SOURCE.description}; omit it with --batch` };

const AT = {
  flags: '--at <point>',
  description: 'the point, as name=value pairs separated by commas (x=1,y=-2.5e-3); repeat to add more names',
  type: 'point',
  repeatable: true,
} as const satisfies OptionSpec;

const SHAPE = {
  flags: '--shape <shapes>',
  description: 'give inputs matrix shapes (W=3x2,x=2,b=3; n alone is an n×1 column) and work in matrix form; a JSON --at implies it',
  type: 'string',
} as const satisfies OptionSpec;

const DISTRIBUTION = {
  flags: '--distribution <names>',
  description:
    'matrix inputs whose every column sums to 1 (one-hot labels), so softmax cross-entropy gives (P - Y) / m; for scalar inputs, the inputs that sum to 1 (y_a,y_b,y_c is --assume "y_a + y_b + y_c = 1")',
  type: 'names',
} as const satisfies OptionSpec;

/** `--assume`: a fact about the inputs the presented derivative may use, and says it used. */
const ASSUME = {
  flags: '--assume <sum=number>',
  description:
    'a fact about the inputs the presented derivative may use, a sum of inputs equal to a number (e.g. "y_a + y_b + y_c = 1" for labels that sum to 1); the result then says it uses it, and is right only where it holds; repeat for several',
  type: 'string',
  repeatable: true,
} as const satisfies OptionSpec;

/** `--assume` for writeup: the partials in the inputs may use it, and are checked where it holds. */
const ASSUME_WRITEUP = {
  ...ASSUME,
  description:
    'a fact about the inputs, a sum of inputs equal to a number (e.g. "y_a + y_b + y_c = 1"): the partials in the inputs may use it and are marked (assumed); every checked point satisfies it (random points are moved onto it; an --at point that breaks it is an error), and the forms that use it are compared with the backward pass there; repeat for several',
} as const satisfies OptionSpec;

/** `--assume` for check: every point checked satisfies it, so a claim that relies on it can be checked. */
const ASSUME_CHECK = {
  ...ASSUME,
  description:
    'a fact about the inputs, a sum of inputs equal to a number (e.g. "y_a + y_b + y_c = 1"): every point checked satisfies it (random points are moved onto it; an --at point that breaks it is an error), so a --claim that relies on it can be checked; repeat for several',
} as const satisfies OptionSpec;

const JSON_OPTION = { flags: '--json', description: 'print JSON (the documented, stable format)', type: 'boolean' } as const satisfies OptionSpec;

/**
 * The table with its literal types, from which each command's options get their types (see
 * options.ts); COMMANDS is the same table under its documented type.
 */
const COMMAND_TABLE = [
  {
    name: 'derive',
    summary: 'the derivative with respect to one variable, with the rule trace',
    description:
      'Differentiates an expression or program with respect to one variable. With --steps, every step names its rule (sum, product, chain, …) as a teacher would write it.',
    arguments: [OPTIONAL_SOURCE],
    options: [
      { flags: '--wrt <name>', description: 'the variable to differentiate with respect to (default: the only input)', type: 'string' },
      { flags: '--steps', description: 'show every step with the rule it uses', type: 'boolean' },
      {
        flags: '--expand',
        description: 'also show the derivative spelled out in the inputs alone when it is long (it is shown anyway when it fits in a few lines)',
        type: 'boolean',
      },
      ASSUME,
      SHAPE,
      DISTRIBUTION,
      {
        flags: '--format <format>',
        description: 'output format',
        type: 'string',
        choices: ['text', 'latex', 'markdown', 'json'],
        default: 'text',
      },
      { ...JSON_OPTION, description: 'print JSON (same as --format json)' },
      {
        flags: '--batch <file>',
        description:
          'derive every line of a JSON Lines file ({"program", "wrt"?} a line, "wrt" needed only when the program has several inputs; - for standard input), one JSON line out per line in',
        type: 'file',
      },
    ],
    examples: [
      { command: 'bp derive "x^2 * sin(x)" --wrt x --steps', description: 'product rule, then chain rule, step by step' },
      { command: 'bp derive "a = x*y; b = a + z; c = b^2" --wrt x', description: 'a program: the last assignment is the output' },
      { command: 'bp derive "sigmoid(w*x + b)" --wrt w --format latex', description: 'LaTeX for a paper or a slide' },
      { command: 'bp derive --batch exercises.jsonl --json', description: 'one JSON line per exercise' },
      { command: "bp derive \"x'*A*x\" --shape x=3,A=3x3 --wrt x", description: "matrix form: (A + A') * x" },
      {
        command: 'bp derive "s = exp(a) + exp(b); p_a = exp(a)/s; p_b = exp(b)/s; L = -(y_a*log(p_a) + y_b*log(p_b))" --wrt b --assume "y_a + y_b = 1"',
        description: 'labels that sum to 1: p_b - y_b, saying so',
      },
    ],
    schemas: ['derive.json', 'derive-batch-line.json', 'error.json'],
  },
  {
    name: 'grad',
    summary: 'the value and gradient at a point',
    description:
      'Evaluates an expression or program and its gradient over every free input (or those --wrt names) at a point, by reverse mode. Kinks met (relu at 0, abs at 0, max at a tie) are reported with the convention used.',
    arguments: [OPTIONAL_SOURCE],
    options: [
      { ...AT, description: `${AT.description}; or JSON for matrices, '{"W": [[1, 2], [3, 4]], "x": [1, 2]}' (rows; a flat array is a column)` },
      SHAPE,
      DISTRIBUTION,
      { flags: '--wrt <names>', description: 'only these inputs, separated by commas', type: 'names' },
      JSON_OPTION,
      {
        flags: '--batch <file>',
        description:
          'evaluate every line of a JSON Lines file ({"program", "at", "wrt"?} a line; - for standard input), one JSON line out per line in',
        type: 'file',
      },
    ],
    examples: [
      { command: 'bp grad "x^2 * y" --at x=3,y=2', description: 'value 18, ∂/∂x = 12, ∂/∂y = 9' },
      {
        command: 'bp grad "z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2" --at x=2,w=0.5,b=1,y=1 --json',
        description: 'a neuron and its loss, as JSON',
      },
      { command: 'bp grad --batch points.jsonl --json', description: 'stream many programs and points' },
      {
        command: `bp grad "sum((W*x - y).^2)" --at '{"W": [[1, 2], [3, 4]], "x": [1, -1], "y": [0, 1]}' --json`,
        description: "matrices as JSON; each gradient comes back in its variable's shape",
      },
    ],
    schemas: ['grad.json', 'grad-batch-line.json', 'error.json'],
  },
  {
    name: 'hessian',
    summary: 'the value, gradient and every second partial at a point',
    description:
      'Evaluates an expression or program, its gradient and its Hessian (every second partial ∂²f/∂a∂b, over every free input or those --wrt names) at a point. The text form shows each second partial symbolically, in the program\'s own names, then the matrix of values. At a kink (relu at 0, abs at 0, max at a tie) second derivatives follow the first-order convention and the kink is reported; a point where a second derivative does not exist (x^1.5 at 0) is a domain error.',
    arguments: [SOURCE],
    options: [
      AT,
      { flags: '--wrt <names>', description: 'only these inputs, separated by commas', type: 'names' },
      {
        flags: '--steps',
        description: 'show how each second partial is derived: the gradient component, named delta_<input>, differentiated rule by rule (text output)',
        type: 'boolean',
      },
      JSON_OPTION,
    ],
    examples: [
      { command: 'bp hessian "x^2 * y" --at x=3,y=2', description: '∂²/∂x² = 2y = 4, ∂²/∂x∂y = 2x = 6, ∂²/∂y² = 0' },
      { command: 'bp hessian "a = x*y; b = a + z; c = b^2" --at x=1,y=2,z=3 --steps', description: 'every second partial, rule by rule, in the program\'s names' },
      {
        command: 'bp hessian "z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2" --at x=2,w=0.5,b=1,y=1 --wrt w,b --json',
        description: 'the curvature of a neuron\'s loss in its weight and bias, as JSON',
      },
      { command: 'bp hessian "relu(x) * y" --at x=0,y=3', description: 'a kink: second partials by the first-order convention, reported' },
    ],
    schemas: ['hessian.json', 'error.json'],
  },
  {
    name: 'check',
    summary: 'symbolic vs compiled vs finite differences; exit 1 on a mismatch',
    description:
      'Checks the gradient three ways (symbolic, compiled kernel, finite differences) at the given point and at random points, plus any gradient you derived by hand (--claim). Exits 1 when anything disagrees, naming the component and the point. With --order 2, checks every second partial the same way (symbolic Hessian, compiled Hessian-vector products, finite differences of the gradient), and --claim x,y=EXPR is a hand-derived ∂²f/∂x∂y. With --batch, checks every line of a JSON Lines file ({"id"?, "program", "at"?, "claims"?: {"x": "EXPR"}, "shape"?, "order"?, "assume"?} a line) on every core, in input order: exit 1 when a check failed, 2 when a line was bad input (2 wins). In CI, split one file across a matrix of jobs with --shard i/n: beyond one machine, the CI system\'s own parallel jobs are the way to scale.',
    arguments: [OPTIONAL_SOURCE],
    options: [
      { ...AT, description: `${AT.description}; or JSON for matrices (see grad)` },
      SHAPE,
      DISTRIBUTION,
      { flags: '--points <n>', description: 'how many random points to check besides --at', type: 'integer', default: 3 },
      {
        flags: '--order <n>',
        description: '1 checks the gradient (default); 2 checks every second partial three ways (symbolic, compiled Hessian-vector products, finite differences of the gradient)',
        type: 'integer',
      },
      {
        flags: '--claim <wrt=expr>',
        description: 'a hand-derived partial, e.g. x=2*x*y (the name may be left out when the source has one input: --claim "3*x^2"); with --order 2 a second partial ∂²f/∂x∂y, e.g. x,y=2*x (y,x is the same entry); repeat for several',
        type: 'string',
        repeatable: true,
      },
      ASSUME_CHECK,
      { flags: '--rtol <number>', description: 'relative tolerance (default: @bp/verify\'s for central differences, 1e-6)', type: 'number' },
      { flags: '--atol <number>', description: 'absolute tolerance (default: 1e-8 × max(1, |f|))', type: 'number' },
      { flags: '--seed <n>', description: 'seed for the random points', type: 'integer', default: 1 },
      {
        flags: '--scheme <scheme>',
        description: 'finite differences: central, forward, richardson, or complex-step (exact to rounding, for functions that run on complex numbers)',
        type: 'string',
        choices: ['central', 'forward', 'richardson', 'complex-step'],
        default: 'central',
      },
      {
        flags: '--report <format>',
        description: 'report format',
        type: 'string',
        choices: ['text', 'json', 'junit', 'github'],
        default: 'text',
      },
      { ...JSON_OPTION, description: 'print JSON (same as --report json)' },
      {
        flags: '--batch <file>',
        description: 'check every line of a JSON Lines file (- for standard input); with --json, one result line per input line, each with its id',
        type: 'file',
      },
      { flags: '--shard <i/n>', description: 'with --batch, check only lines whose index mod n is i − 1 (as vitest --shard), for a CI matrix of n jobs', type: 'string' },
      { flags: '--workers <n>', description: 'with --batch, how many threads check lines: this one and n − 1 worker threads (default: the cores available)', type: 'integer' },
      { flags: '--junit <file>', description: 'with --batch, also write the JUnit report to a file (with --report github, annotations and a report from one run)', type: 'file' },
    ],
    examples: [
      {
        command: 'bp check "z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2" --at x=2,w=0.5,b=1,y=1',
        description: 'the derivation of a neuron, checked',
      },
      { command: 'bp check "x^2*y" --claim x=2*x*y --claim y=x^2', description: 'check gradients you derived by hand' },
      { command: 'bp check "x^2*y" --order 2 --claim x,y=2*x --claim x,x=2*y', description: 'check second partials you derived by hand' },
      {
        command: 'bp check "s = exp(a) + exp(b); p_a = exp(a)/s; p_b = exp(b)/s; L = -(y_a*log(p_a) + y_b*log(p_b))" --claim b="p_b - y_b" --assume "y_a + y_b = 1"',
        description: 'a claim that holds when the labels sum to 1, checked at such points',
      },
      { command: 'bp check "relu(x) * y" --points 20 --report junit > check.xml', description: 'a JUnit report for CI' },
      { command: 'bp check --batch gradients.jsonl --report junit > check.xml', description: 'every line of a file: a test case per line and per claim' },
      {
        command: 'bp check --batch gradients.jsonl --shard ${{ matrix.shard }}/4 --report github --junit check-${{ matrix.shard }}.xml',
        description: 'in a GitHub Actions matrix (shard: [1, 2, 3, 4]): each job checks a quarter of the file and annotates the pull request',
      },
    ],
    schemas: ['check.json', 'check-batch-line.json', 'error.json'],
  },
  {
    name: 'graph',
    summary: 'the computation graph, with forward values and backward gradients',
    description:
      'Draws the computation graph of a program: one node per operation, named where the program names it. With --at, each node shows its forward value and its gradient ∂output/∂node.',
    arguments: [SOURCE],
    options: [
      AT,
      SHAPE,
      DISTRIBUTION,
      {
        flags: '--format <format>',
        description: 'output format',
        type: 'string',
        choices: ['mermaid', 'dot', 'json'],
        default: 'mermaid',
      },
      { ...JSON_OPTION, description: 'print JSON (same as --format json)' },
    ],
    examples: [
      { command: 'bp graph "a = x*y; b = a + z; c = b^2" --at x=1,y=2,z=3', description: 'Mermaid, for Markdown' },
      { command: 'bp graph "a = x*y; b = a + z; c = b^2" --format dot | dot -Tsvg > graph.svg', description: 'Graphviz' },
    ],
    schemas: ['graph.json', 'error.json'],
  },
  {
    name: 'writeup',
    summary: 'a full derivation write-up in Markdown',
    description:
      'Writes a complete Markdown derivation as a teacher would: the function, its graph (Mermaid, each edge labelled with its local derivative), the forward pass (each quantity, its definition and value), the backward pass in δ names from the output down (δ_z = ∂L/∂z = δ_a · ∂a/∂z, each line in earlier names, so a deep network stays short), the chain-rule product for each input (∂L/∂w = δ_z · x) with its value, and the finite-difference check that proves it (at --at, or, without a point, at three seeded random points inside the domain, as the write-up says). With --order 2, the same for the Hessian: every second partial derived from the gradient rule by rule, with --at its values and Newton\'s step, and a check of every entry three ways (symbolic, compiled Hessian-vector products, finite differences of the gradient).',
    arguments: [SOURCE],
    options: [
      { ...AT, description: `${AT.description}; or JSON for matrices (see grad)` },
      SHAPE,
      DISTRIBUTION,
      {
        flags: '--order <n>',
        description: "1 writes up the gradient (default); 2 the Hessian: every second partial with its rules, and with --at the Hessian's values and Newton's step",
        type: 'integer',
      },
      {
        flags: '--expand',
        description: 'also spell every partial out in the inputs alone (fully substituted); without it that column appears only for small programs whose partials are short',
        type: 'boolean',
      },
      ASSUME_WRITEUP,
      { flags: '--lr <number>', description: 'with --at, end with one step of gradient descent at this learning rate: p − η ∂L/∂p for each parameter', type: 'number' },
      { flags: '--update <names>', description: 'the parameters --lr moves, separated by commas (default: every input)', type: 'names' },
      { flags: '-o, --output <file>', description: 'write to a file instead of standard output', type: 'file' },
    ],
    examples: [
      {
        command: 'bp writeup "z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2" --at x=2,w=0.5,b=1,y=1 -o neuron.md',
        description: 'a single neuron, worked through',
      },
      {
        command: 'bp writeup "z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2" --at x=2,w=0.5,b=1,y=1 --lr 0.1 --update w,b',
        description: 'the same neuron, ending with one step of gradient descent on w and b',
      },
      {
        command: 'bp writeup "x^2 + x*y + 2*y^2 - 3*x" --order 2 --at x=0,y=0',
        description: "the second derivatives and Newton's step, which lands on a quadratic's minimum",
      },
    ],
    schemas: [],
  },
  {
    name: 'compile',
    summary: 'a standalone JavaScript kernel',
    description:
      'Compiles the value and gradient into one straight-line JavaScript function over typed arrays, as a standalone ES module with no runtime dependency on bp.',
    arguments: [SOURCE],
    options: [
      SHAPE,
      DISTRIBUTION,
      { flags: '--wrt <names>', description: 'the inputs to differentiate, separated by commas (default: all)', type: 'names' },
      { flags: '--dtype <dtype>', description: 'element type', type: 'string', choices: ['float64', 'float32'], default: 'float64' },
      { flags: '-o, --output <file>', description: 'write to a file instead of standard output', type: 'file' },
    ],
    examples: [{ command: 'bp compile "sin(x) * y" --wrt x,y -o kernel.mjs', description: 'an ES module exporting the kernel' }],
    schemas: [],
  },
  {
    name: 'train',
    summary: 'train a small network with the numeric kernels',
    description:
      'Trains a small multilayer perceptron with @bp/numeric. On a terminal it shows a live progress bar with loss and speed, then a table; with --json, one line per epoch.',
    arguments: [],
    options: [
      { flags: '--dataset <name>', description: 'mnist, xor, or a CSV file (label in the last column)', type: 'string', default: 'xor' },
      { flags: '--layers <sizes>', description: 'layer sizes, separated by commas (default: from the dataset)', type: 'names' },
      { flags: '--activation <name>', description: 'hidden activation: relu, sigmoid, tanh, … or an expression in x', type: 'string' },
      {
        flags: '--optimizer <name>',
        description: 'optimizer',
        type: 'string',
        choices: ['sgd', 'momentum', 'rmsprop', 'adam'],
        default: 'adam',
      },
      { flags: '--lr <number>', description: 'learning rate', type: 'number' },
      { flags: '--epochs <n>', description: 'passes over the training data', type: 'integer' },
      { flags: '--batch <n>', description: 'mini-batch size', type: 'integer' },
      { flags: '--seed <n>', description: 'seed for weights and shuffling', type: 'integer', default: 1 },
      { ...JSON_OPTION, description: 'print one JSON line per epoch' },
      { flags: '--save <file>', description: 'write the trained weights as JSON', type: 'file' },
    ],
    examples: [
      { command: 'bp train --dataset xor', description: 'learns XOR in a second' },
      { command: 'bp train --dataset mnist --layers 784,64,10 --epochs 3', description: 'handwritten digits' },
    ],
    schemas: ['train-epoch.json', 'error.json'],
  },
] as const satisfies readonly CommandSpec[];

/** Every `bp` command, in the order `bp --help` lists them. */
export const COMMANDS: readonly CommandSpec[] = COMMAND_TABLE;

/** The command table's literal type: each command's name, arguments and options as written. */
export type CommandTable = typeof COMMAND_TABLE;

const GLOBAL_TABLE = [
  { flags: '--debug', description: 'print the stack of an internal error', type: 'boolean' },
  { flags: '--no-color', description: 'never colour the output (NO_COLOR=1 does the same)', type: 'boolean' },
] as const satisfies readonly OptionSpec[];

/** Options every command accepts. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = GLOBAL_TABLE;

/** The global options' literal type. */
export type GlobalOptionTable = typeof GLOBAL_TABLE;
