// Compiled value-and-gradient kernels against a hand-written JavaScript loop and against mathjs
// (compile().evaluate of f and of each mathjs derivative), all in this process, interleaved,
// median of several runs. Run `pnpm --filter @bp/numeric bench` after a build; `--json` for machines.
import { compile as mathjsCompile, derivative } from 'mathjs';
import { compile } from '../dist/index.js';

const N = 100_000;
const MATHJS_POINTS = 5_000; // mathjs is timed on fewer points; ratios are per point
const json = process.argv.includes('--json');

function fill(n, seed, lo = -1.5, hi = 1.5) {
  let s = seed;
  return Float64Array.from({ length: n }, () => lo + ((s = (s * 48271) % 2147483647) / 2147483647) * (hi - lo));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median seconds per run of each function, runs interleaved so noise on this shared machine hits all alike. */
function race(fns, rounds = 15) {
  for (const fn of fns) for (let i = 0; i < 5; i++) fn(); // warm up the optimising compiler
  const times = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      fn();
      times[k].push((performance.now() - start) / 1000);
    });
  }
  return times.map(median);
}

const CASES = [
  {
    name: 'single neuron with loss',
    source: 'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2',
    mathjs: '(y - 1 / (1 + exp(-(w*x + b))))^2 / 2',
    inputs: { x: fill(N, 1), y: fill(N, 2, 0, 1), w: fill(N, 3), b: fill(N, 4) },
    hand(inp, out) {
      const { x, y, w, b } = inp;
      const [L, gw, gx, gb, gy] = out;
      for (let i = 0; i < x.length; i++) {
        const z = w[i] * x[i] + b[i];
        const a = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
        const d = a - y[i];
        L[i] = (d * d) / 2;
        const dz = d * a * (1 - a);
        gw[i] = dz * x[i];
        gx[i] = dz * w[i];
        gb[i] = dz;
        gy[i] = -d;
      }
    },
  },
  {
    name: 'tanh network (2 hidden units) as a program',
    source: 'h1 = tanh(w1*x + b1); h2 = tanh(w2*x + b2); out = v1*h1 + v2*h2 + c; L = (out - y)^2',
    mathjs: '(v1*tanh(w1*x + b1) + v2*tanh(w2*x + b2) + c - y)^2',
    inputs: { w1: fill(N, 5), x: fill(N, 6), b1: fill(N, 7), w2: fill(N, 8), b2: fill(N, 9), v1: fill(N, 10), v2: fill(N, 11), c: fill(N, 12), y: fill(N, 13) },
    hand(inp, out) {
      const { w1, x, b1, w2, b2, v1, v2, c, y } = inp;
      const [L, gw1, gx, gb1, gw2, gb2, gv1, gv2, gc, gy] = out;
      for (let i = 0; i < x.length; i++) {
        const h1 = Math.tanh(w1[i] * x[i] + b1[i]);
        const h2 = Math.tanh(w2[i] * x[i] + b2[i]);
        const e = v1[i] * h1 + v2[i] * h2 + c[i] - y[i];
        L[i] = e * e;
        const dout = 2 * e;
        const dz1 = dout * v1[i] * (1 - h1 * h1);
        const dz2 = dout * v2[i] * (1 - h2 * h2);
        gw1[i] = dz1 * x[i];
        gx[i] = dz1 * w1[i] + dz2 * w2[i];
        gb1[i] = dz1;
        gw2[i] = dz2 * x[i];
        gb2[i] = dz2;
        gv1[i] = dout * h1;
        gv2[i] = dout * h2;
        gc[i] = dout;
        gy[i] = -dout;
      }
    },
  },
  {
    name: 'smooth 2-variable function',
    source: 'sin(x) * exp(-y^2) + x^2 * y',
    mathjs: 'sin(x) * exp(-y^2) + x^2 * y',
    inputs: { x: fill(N, 14), y: fill(N, 15) },
    hand(inp, out) {
      const { x, y } = inp;
      const [f, gx, gy] = out;
      for (let i = 0; i < x.length; i++) {
        const s = Math.sin(x[i]);
        const e = Math.exp(-y[i] * y[i]);
        f[i] = s * e + x[i] * x[i] * y[i];
        gx[i] = Math.cos(x[i]) * e + 2 * x[i] * y[i];
        gy[i] = -2 * y[i] * s * e + x[i] * x[i];
      }
    },
  },
];

const rows = [];
for (const c of CASES) {
  const kernel = compile(c.source);
  const valueOnly = compile(c.source, { wrt: [] });
  const out = { value: new Float64Array(N), gradient: Object.fromEntries(kernel.wrt.map((n) => [n, new Float64Array(N)])) };
  const valueOut = { value: new Float64Array(N), gradient: {} };
  const handOut = [out.value, ...kernel.wrt.map(() => new Float64Array(N))];
  // Results agree before anything is timed.
  kernel.evaluate(c.inputs, out);
  c.hand(c.inputs, handOut);
  kernel.wrt.forEach((name, k) => {
    const worst = out.gradient[name].reduce((m, v, i) => Math.max(m, Math.abs(v - handOut[k + 1][i]) / (1 + Math.abs(v))), 0);
    if (worst > 1e-12) throw new Error(`${c.name}: compiled and hand-written ∂/∂${name} differ by ${worst}`);
  });
  // mathjs: f and each derivative compiled once, evaluated point by point.
  // mathjs has no sigmoid and no programs: the same function written as one expression.
  const f = mathjsCompile(c.mathjs);
  const derivatives = kernel.wrt.map((name) => derivative(c.mathjs, name).compile());
  const mathjsRun = () => {
    const scope = {};
    for (let i = 0; i < MATHJS_POINTS; i++) {
      for (const name of kernel.inputs) scope[name] = c.inputs[name][i];
      f.evaluate(scope);
      for (const d of derivatives) d.evaluate(scope);
    }
  };
  const at = Object.fromEntries(kernel.inputs.map((n) => [n, c.inputs[n][0]]));
  kernel.wrt.forEach((name, k) => {
    const diff = Math.abs(derivatives[k].evaluate({ ...at }) - out.gradient[name][0]);
    if (diff > 1e-9 * (1 + Math.abs(out.gradient[name][0]))) throw new Error(`${c.name}: mathjs and bp disagree on ∂/∂${name}`);
  });
  const [tBp, tValue, tHand, tMathjs] = race([
    () => kernel.evaluate(c.inputs, out),
    () => valueOnly.evaluate(c.inputs, valueOut),
    () => c.hand(c.inputs, handOut),
    mathjsRun,
  ], 11);
  const mathjsPerPoint = tMathjs / MATHJS_POINTS;
  rows.push({
    measure: c.name,
    points: N,
    bpMs: tBp * 1e3,
    handMs: tHand * 1e3,
    bpOverHand: tBp / tHand,
    gradientOverValue: tBp / tValue,
    mathjsMsPer100k: mathjsPerPoint * N * 1e3,
    mathjsOverBp: (mathjsPerPoint * N) / tBp,
    mathjsNote: `f and ${derivatives.length} derivative()s`,
  });
}

if (json) {
  for (const r of rows) console.log(JSON.stringify(r));
} else {
  console.log(`compiled value+gradient kernels, ${N} points (median of 11 interleaved runs)\n`);
  console.log('measure                                      bp ms   hand ms  bp/hand  grad/value  mathjs ms  mathjs/bp');
  for (const r of rows) {
    console.log(
      `${r.measure.padEnd(44)} ${r.bpMs.toFixed(2).padStart(6)}  ${r.handMs.toFixed(2).padStart(8)}  ${r.bpOverHand.toFixed(2).padStart(6)}×  ${r.gradientOverValue.toFixed(2).padStart(9)}×  ${r.mathjsMsPer100k.toFixed(0).padStart(9)}  ${r.mathjsOverBp.toFixed(0).padStart(8)}×   (mathjs: ${r.mathjsNote})`,
    );
  }
}
