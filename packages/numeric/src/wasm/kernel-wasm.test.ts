import { expectNaNWhereSymbolicErrs } from '../../test/domain-agreement.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compile, type Kernel, type KernelResult } from '../compile.js';
import { BLOCK_BYTES } from './kernel-wasm.js';
import { MAX_VALUES } from './kernel-lower.js';
import { TRIG_LIMIT } from './kernel-math.js';

/** Float32 points in [lo, hi) from a fixed linear congruential sequence. */
function points(n: number, seed: number, lo = -2, hi = 2): Float32Array {
  let state = seed;
  return Float32Array.from({ length: n }, () => {
    state = (state * 48271) % 2147483647;
    return lo + (state / 2147483647) * (hi - lo);
  });
}

function outputs(result: KernelResult, wrt: readonly string[]): ArrayLike<number>[] {
  return [result.value, ...wrt.map((name) => result.gradient[name]!)];
}

/** The largest |a − b| / (1 + |b|) over every output, and whether NaNs sit at the same places. */
function compare(actual: KernelResult, expected: KernelResult, wrt: readonly string[]): { worst: number; nanMismatch: number } {
  let worst = 0;
  let nanMismatch = 0;
  const [as, bs] = [outputs(actual, wrt), outputs(expected, wrt)];
  as.forEach((a, o) => {
    for (let i = 0; i < a.length; i++) {
      const [x, y] = [a[i]!, bs[o]![i]!];
      if (Number.isNaN(x) !== Number.isNaN(y)) nanMismatch++;
      else if (!Number.isNaN(x)) worst = Math.max(worst, Math.abs(x - y) / (1 + Math.abs(y)));
    }
  });
  return { worst, nanMismatch };
}

/** The float32 WebAssembly kernel and the float64 JavaScript kernel on the same points. */
function againstFloat64(source: string, n: number): { wasm: Kernel; worst: number; nanMismatch: number } {
  const wasm = compile(source, { dtype: 'float32', backend: 'wasm' });
  const f64 = compile(source, { backend: 'js' });
  const f32Inputs = Object.fromEntries(wasm.inputs.map((name, k) => [name, points(n, 7 + k)]));
  const f64Inputs = Object.fromEntries(Object.entries(f32Inputs).map(([name, v]) => [name, Float64Array.from(v)]));
  return { wasm, ...compare(wasm.evaluate(f32Inputs), f64.evaluate(f64Inputs), wasm.wrt) };
}

const SOURCES = [
  'x^2 * y + sin(x * y)',
  'z = w*x + b; a = sigmoid(z); L = (y - a)^2 / 2',
  'h1 = tanh(w1*x + b1); h2 = tanh(w2*x + b2); out = v1*h1 + v2*h2; loss = (out - y)^2',
  'a = x*y; b = x + a; c = a*b + exp(-a^2) / (1 + b^2)',
  'h1 = tanh(w1*x + b1); h2 = tanh(w2*x + b2); out = v1*h1 + v2*h2 + c; L = (out - y)^2',
  'sin(x) * exp(-y^2) + x^2 * y',
  'log(x^2 + 1) * cos(y) + softplus(x - y) + relu(x) * step(y) + heaviside(x) + sign(y) + max(x, y) - min(x, y)',
  'abs(x) + sqrt(y^2 + 1) + 1/(x^2 + 1)^-1 + y^3 + pi*x + e*y + x*sigmoid(x) + softplus(3*y)',
  'x^4 - (y^2 + 1)^-3 + (x^2 + 2)^-2 - y/(x^2 + 1)',
];

/** Sources of compile.test.ts and compile-domain.test.ts with a function or power that has no float32 SIMD implementation. */
const JS_ONLY = [
  ['log(1 + x^2) + sqrt(1 + y^2) * atan(x) - erf(x / 3) + softplus(y) + cbrt(x)', 'atan'],
  ['relu(x) + leakyRelu(y, 0.1) + elu(x) + max(x, y) + abs(y)', 'leakyRelu'],
  ['x^y', 'power'],
  ['abs(acot(-y))', 'acot'],
  ['1e155*x / (1e155*x^2)', 'constant'],
] as const;

describe('compile with the WebAssembly SIMD float32 backend', () => {
  it.each(SOURCES)('matches the float64 JavaScript kernel to 1e-5 relative (of 1 + |value|): %s', (source) => {
    const { wasm, worst, nanMismatch } = againstFloat64(source, 1001);
    expect(wasm.backend).toBe('wasm');
    expect(nanMismatch).toBe(0);
    expect(worst).toBeLessThanOrEqual(1e-5);
  });

  it.each(JS_ONLY)('runs %s in JavaScript, and refuses backend "wasm" for it (%s)', (source) => {
    expect(compile(source, { dtype: 'float32' }).backend).toBe('js');
    expect(() => compile(source, { dtype: 'float32', backend: 'wasm' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'backend' } }));
  });

  it('leaves a program of more values than a WebAssembly kernel holds to JavaScript', () => {
    const source = Array.from({ length: MAX_VALUES / 2 }, (_, i) => `x${i}`).join(' + ');
    const kernel = compile(source, { dtype: 'float32' });
    expect(kernel.backend).toBe('js');
    expect(kernel.evaluate(Object.fromEntries(kernel.inputs.map((name) => [name, 0.5]))).value[0]).toBe(MAX_VALUES / 4);
    expect(() => compile(source, { dtype: 'float32', backend: 'wasm' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'backend' } }));
  });

  it('is the default for float32 and never used for float64 unless asked, which is an error', () => {
    expect(compile('x*y', { dtype: 'float32' }).backend).toBe('wasm');
    expect(compile('x*y', { dtype: 'float32', backend: 'js' }).backend).toBe('js');
    expect(compile('x*y').backend).toBe('js');
    expect(() => compile('x*y', { backend: 'wasm' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'backend' } }));
    expect(() => compile('x*y', { backend: 'simd' as 'wasm' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'backend' } }));
  });

  it('gives the JavaScript float32 kernel’s numbers for any N, across blocks, with broadcast inputs and given buffers', () => {
    const source = 'sin(x) * exp(-y^2) + x^2 * y * c';
    const wasm = compile(source, { dtype: 'float32', backend: 'wasm' });
    const js = compile(source, { dtype: 'float32', backend: 'js' });
    // Five arrays of 4 bytes a point: a block holds BLOCK_BYTES / 20 points.
    const block = Math.floor(BLOCK_BYTES / (16 * 5)) * 4;
    for (const n of [0, 1, 3, 4, 5, 17, block - 1, block, 2 * block + 3]) {
      const inputs = { x: points(n, 3), y: points(n, 4), c: 1.5 };
      const out: KernelResult = { value: new Float32Array(n), gradient: { x: new Float32Array(n), y: new Float32Array(n), c: new Float32Array(n) } };
      const result = wasm.evaluate(inputs, out);
      expect(result).toBe(out);
      const { worst, nanMismatch } = compare(result, js.evaluate(inputs), wasm.wrt);
      expect(nanMismatch).toBe(0);
      expect(worst, `n = ${n}`).toBeLessThanOrEqual(1e-5);
    }
  });

  it('recomputes a call in JavaScript where sin or cos meets an argument beyond their accurate range', () => {
    const source = 'sin(x) * cos(y)';
    const wasm = compile(source, { dtype: 'float32', backend: 'wasm' });
    const js = compile(source, { dtype: 'float32', backend: 'js' });
    const n = 50_000;
    for (const big of [TRIG_LIMIT * 4, Infinity, 1e30]) {
      const x = points(n, 5);
      x[n - 2] = big;
      const y = points(n, 6);
      const [a, b] = [wasm.evaluate({ x, y }), js.evaluate({ x, y })];
      // Bit for bit: the whole call ran in JavaScript.
      expect(Array.from(a.value)).toEqual(Array.from(b.value));
      expect(Array.from(a.gradient.x!)).toEqual(Array.from(b.gradient.x!));
      expect(Array.from(a.gradient.y!)).toEqual(Array.from(b.gradient.y!));
    }
  });
});

/** The kernel's value and gradient at one point, through WebAssembly in float32. */
function at(source: string, point: Record<string, number>): { value: number; gradient: Record<string, number> } {
  const kernel = compile(source, { dtype: 'float32', backend: 'wasm' });
  const result = kernel.evaluate(Object.fromEntries(Object.entries(point).map(([name, v]) => [name, Float32Array.of(v)])));
  return { value: result.value[0]!, gradient: Object.fromEntries(Object.entries(result.gradient).map(([name, g]) => [name, g[0]!])) };
}

// compile-domain.test.ts's cases on the WebAssembly path, where they apply in float32.
describe('WebAssembly kernels: where the function and its gradient exist', () => {
  it.each([
    ['x/x', { x: 0 }],
    ['log(x) - log(x)', { x: -1 }],
    ['x^2/x', { x: 0 }],
    ['y + 0*log(x)', { x: -1, y: 1 }],
  ])('%s at %o is NaN, as the source is written', (source, point) => {
    const result = at(source, point);
    expect(result.value).toBeNaN();
    for (const partial of Object.values(result.gradient)) expect(partial).toBeNaN();
  });

  it.each([
    ['cos(sqrt(y))', { y: 0 }],
    ['z*sqrt(z)', { z: 0 }],
  ])('%s at %o gives a NaN gradient rather than a wrong or one-sided number', (source, point) => {
    for (const partial of Object.values(at(source, point).gradient)) expect(partial).toBeNaN();
  });

  it('computes x/x = 1 with gradient 0 away from 0', () => {
    expect(at('x/x', { x: 3 })).toEqual({ value: 1, gradient: { x: 0 } });
  });

  it.each([
    'x/x', 'log(x) - log(x)', 'x^2/x', 'cos(sqrt(y))', 'z*sqrt(z)', 'sqrt(x)^2', 'a = x/y; b = a*y - x', '1/(x - 1) - 1/(x - 1)',
    'exp(x*20) / exp(x*20)', 'log(x)*y + sqrt(y - x)', 'tanh(x)/x + sigmoid(y)/y',
  ])('is NaN exactly where @bp/symbolic’s gradient is an error: %s', (source) => {
    expectNaNWhereSymbolicErrs(source, compile(source, { dtype: 'float32', backend: 'wasm' }), 1e-5);
  });

  it('overflows in float32 where an intermediate leaves float32’s range (the JavaScript kernel computes in float64)', () => {
    // e^350 ≈ 1e152: finite in float64, +Inf in float32, so e^350/e^350 is Inf/Inf = NaN here and 1 in JavaScript.
    expect(at('exp(x*700) / exp(x*700)', { x: 0.5 }).value).toBeNaN();
    expect(compile('exp(x*700) / exp(x*700)', { dtype: 'float32', backend: 'js' }).evaluate({ x: Float32Array.of(0.5) }).value[0]).toBe(1);
  });
});

describe('WebAssembly kernels without WebAssembly SIMD', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('fall back to JavaScript where the SIMD probe does not validate, and refuse backend "wasm"', async () => {
    const real = (globalThis as unknown as { WebAssembly: object }).WebAssembly;
    vi.stubGlobal('WebAssembly', { ...real, validate: () => false });
    vi.resetModules();
    const fresh = await import('../compile.js');
    const kernel = fresh.compile('x*y', { dtype: 'float32' });
    expect(kernel.backend).toBe('js');
    expect(Array.from(kernel.evaluate({ x: Float32Array.of(2, 3), y: 4 }).value)).toEqual([8, 12]);
    expect(() => fresh.compile('x*y', { dtype: 'float32', backend: 'wasm' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'backend' } }));
  });

  it('fall back to JavaScript where the engine refuses to compile a module (a size limit, a content security policy)', async () => {
    const real = (globalThis as unknown as { WebAssembly: object }).WebAssembly;
    vi.stubGlobal('WebAssembly', { ...real, Module: function refuse() { throw new RangeError('refused'); } });
    vi.resetModules();
    const fresh = await import('../compile.js');
    const kernel = fresh.compile('x*y', { dtype: 'float32' });
    expect(kernel.backend).toBe('js');
    expect(Array.from(kernel.evaluate({ x: Float32Array.of(2, 3), y: 4 }).gradient.x!)).toEqual([4, 4]);
    expect(() => fresh.compile('x*y', { dtype: 'float32', backend: 'wasm' })).toThrow(expect.objectContaining({ code: 'invalid-option', position: { argument: 'backend' } }));
  });
});
