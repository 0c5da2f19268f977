import { call, f32x4, f64x2, get, i32x4, OP, set, shuffle, simd, V128, type Code, type WasmFunction } from './kernel-encoder.js';

/**
 * Float32 transcendental functions over four lanes, as WebAssembly functions `(v128) → v128`:
 * range reduction and the minimax polynomials of Cephes' single-precision library (S. Moshier),
 * with the special values (±0, ±Inf, NaN, overflow, subnormal results) those functions give.
 * The errors, measured against Math.* in kernel-math.test.ts, are a few float32 ulps.
 */

/** Function indices in every kernel module, in {@link MATH_FUNCTIONS} order; the kernel comes after. */
export const MATH_INDEX = { exp: 0, log: 1, tanh: 2, sigmoid: 3, softplus: 4, sin: 5, cos: 6 } as const;

/** Names of the functions computed by a polynomial here. */
export type MathName = keyof typeof MATH_INDEX;

/**
 * The largest |x| at which sin and cos reduce their argument accurately: below it the octant j
 * is under 2²⁰, so j times the 33-bit parts of π/4 is exact in float64. A call with a larger
 * argument (or ±Inf) sets the module's global 0, and the caller recomputes in JavaScript.
 */
export const TRIG_LIMIT: number = 2 ** 19;

/** π/4 in three parts (fdlibm's pio2_1, pio2_2 and pio2_2t halved): 33 bits, 33 bits and the rest. */
const PIO4 = [1.57079632673412561417e0 / 2, 6.07710050630396597660e-11 / 2, 2.02226624879595063154e-21 / 2] as const;

/** The lanes 2 and 3 of a float32x4 moved to 0 and 1. */
const HIGH = [8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15];
/** Lanes 0 and 1 of two float32x4s side by side. */
const LOWS = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];

/** |x| − y·π/4 for two lanes, in float64 (y and |x| promoted exactly), rounded to float32 in lanes 0 and 1. */
function reduce(a: Code, y: Code): number[] {
  const f64 = (code: number, ...operands: Code[]): number[] => simd(code, ...operands);
  const [ad, yd] = [f64(OP.f64x2PromoteLowF32x4, a), f64(OP.f64x2PromoteLowF32x4, y)];
  let t = f64(OP.f64x2Sub, ad, f64(OP.f64x2Mul, yd, f64x2(PIO4[0])));
  t = f64(OP.f64x2Sub, t, f64(OP.f64x2Mul, yd, f64x2(PIO4[1])));
  t = f64(OP.f64x2Sub, t, f64(OP.f64x2Mul, yd, f64x2(PIO4[2])));
  return simd(OP.f32x4DemoteF64x2Zero, t);
}

const add = (a: Code, b: Code): number[] => simd(OP.f32x4Add, a, b);
const sub = (a: Code, b: Code): number[] => simd(OP.f32x4Sub, a, b);
const mul = (a: Code, b: Code): number[] => simd(OP.f32x4Mul, a, b);
const div = (a: Code, b: Code): number[] => simd(OP.f32x4Div, a, b);
const and = (a: Code, b: Code): number[] => simd(OP.and, a, b);
const or = (a: Code, b: Code): number[] => simd(OP.or, a, b);
const xor = (a: Code, b: Code): number[] => simd(OP.xor, a, b);
const lt = (a: Code, b: Code): number[] => simd(OP.f32x4Lt, a, b);
const eq = (a: Code, b: Code): number[] => simd(OP.f32x4Eq, a, b);
const abs = (a: Code): number[] => simd(OP.f32x4Abs, a);
/** `a` where `mask` is set, else `b`. */
export const select = (a: Code, b: Code, mask: Code): number[] => simd(OP.bitselect, a, b, mask);
const c = f32x4;
const SIGN = i32x4(-0x80000000);

/** Horner's rule: ((k0·x + k1)·x + k2)… with x a local (read once per coefficient). */
function poly(x: Code, coefficients: readonly number[]): number[] {
  let acc: number[] = c(coefficients[0]!);
  for (const k of coefficients.slice(1)) acc = add(mul(acc, x), c(k));
  return acc;
}

function unary(locals: number, body: Code): WasmFunction {
  return { params: [V128], results: [V128], locals: [{ count: locals, type: V128 }], body };
}

/** exp: 2ⁿ·e^r, n = round(x/ln 2), r by Cody–Waite; 2ⁿ in two factors so overflow and subnormal results come out right. */
function expFunction(): WasmFunction {
  const [x, fx, r, n] = [0, 1, 2, 3];
  const exponent = (e: Code): number[] => simd(OP.i32x4Shl, simd(OP.i32x4Add, e, i32x4(127)), [0x41, 23]);
  const half = simd(OP.i32x4ShrS, get(n), [0x41, 1]);
  return unary(3, [
    ...set(x, simd(OP.f32x4Min, simd(OP.f32x4Max, get(x), c(-104)), c(89))),
    ...set(fx, simd(OP.f32x4Nearest, mul(get(x), c(Math.LOG2E)))),
    ...set(r, sub(sub(get(x), mul(get(fx), c(0.693359375))), mul(get(fx), c(-2.12194440e-4)))),
    ...set(n, simd(OP.i32x4TruncSatF32x4S, get(fx))),
    ...mul(mul(
      add(add(mul(poly(get(r), [1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1]), mul(get(r), get(r))), get(r)), c(1)),
      exponent(half)), exponent(simd(OP.i32x4Sub, get(n), half))),
  ]);
}

/** log: x = m·2^e with m in [√½, √2), log(m) by a polynomial in m − 1; subnormals scaled by 2²³ first. */
function logFunction(): WasmFunction {
  const [x, s, e, small, t, z, r] = [0, 1, 2, 3, 4, 5, 6];
  const tiny = lt(get(x), c(1.17549435e-38));
  const coefficients = [7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1];
  return unary(6, [
    ...set(s, select(mul(get(x), c(8388608)), get(x), tiny)),
    ...set(e, sub(simd(OP.f32x4ConvertI32x4S, simd(OP.i32x4Sub, simd(OP.i32x4ShrU, get(s), [0x41, 23]), i32x4(126))), and(tiny, c(23)))),
    ...set(s, or(and(get(s), i32x4(0x007fffff)), i32x4(0x3f000000))),
    ...set(small, lt(get(s), c(Math.SQRT1_2))),
    ...set(e, sub(get(e), and(get(small), c(1)))),
    ...set(t, sub(add(get(s), and(get(small), get(s))), c(1))),
    ...set(z, mul(get(t), get(t))),
    ...set(r, mul(mul(poly(get(t), coefficients), get(t)), get(z))),
    ...set(r, sub(add(get(r), mul(get(e), c(-2.12194440e-4))), mul(get(z), c(0.5)))),
    ...set(r, add(add(get(t), get(r)), mul(get(e), c(0.693359375)))),
    ...set(r, select(c(Number.NEGATIVE_INFINITY), get(r), eq(get(x), c(0)))),
    ...set(r, select(c(Number.POSITIVE_INFINITY), get(r), eq(get(x), c(Number.POSITIVE_INFINITY)))),
    // x < 0 and NaN: NaN (x ≥ 0 is false for both).
    ...select(c(Number.NaN), get(r), simd(OP.not, simd(OP.f32x4Ge, get(x), c(0)))),
  ]);
}

/** tanh: a polynomial below |x| = 0.625, 1 − 2/(e^{2|x|} + 1) above; the sign of x put back on both. */
function tanhFunction(): WasmFunction {
  const [x, a, z] = [0, 1, 2];
  const coefficients = [-5.70498872745e-3, 2.06390887954e-2, -5.37397155531e-2, 1.33314422036e-1, -3.33332819422e-1];
  const near = add(mul(mul(poly(get(z), coefficients), get(z)), get(a)), get(a));
  const far = sub(c(1), div(c(2), add(call(MATH_INDEX.exp, add(get(a), get(a))), c(1))));
  return unary(2, [
    ...set(a, abs(get(x))),
    ...set(z, mul(get(x), get(x))),
    ...or(select(near, far, lt(get(a), c(0.625))), and(get(x), SIGN)),
  ]);
}

/** sigmoid: 1/(1 + e^{−x}) for x ≥ 0, e^x/(1 + e^x) below, from one e^{−|x|}. */
function sigmoidFunction(): WasmFunction {
  const [x, e, s] = [0, 1, 2];
  return unary(2, [
    ...set(e, call(MATH_INDEX.exp, simd(OP.f32x4Neg, abs(get(x))))),
    ...set(s, div(c(1), add(c(1), get(e)))),
    ...select(get(s), mul(get(e), get(s)), simd(OP.f32x4Ge, get(x), c(0))),
  ]);
}

/** softplus: max(x, 0) + log1p(e^{−|x|}), log1p(u) = log(1 + u)·u/((1 + u) − 1) (exact where 1 + u rounds to 1). */
function softplusFunction(): WasmFunction {
  const [x, u, w] = [0, 1, 2];
  const log1p = select(get(u), mul(call(MATH_INDEX.log, get(w)), div(get(u), sub(get(w), c(1)))), eq(get(w), c(1)));
  return unary(2, [
    ...set(u, call(MATH_INDEX.exp, simd(OP.f32x4Neg, abs(get(x))))),
    ...set(w, add(c(1), get(u))),
    ...add(simd(OP.f32x4Max, get(x), c(0)), log1p),
  ]);
}

/** sin or cos: j = the even integer nearest |x|·4/π, r = |x| − j·π/4 in float64, then the sine or cosine polynomial by octant. */
function trigFunction(cosine: boolean): WasmFunction {
  const [x, a, j, y, t, z] = [0, 1, 2, 3, 4, 5];
  const sine = add(mul(mul(poly(get(z), [-1.9515295891e-4, 8.3321608736e-3, -1.6666654611e-1]), get(z)), get(t)), get(t));
  const cos = add(sub(mul(mul(poly(get(z), [2.443315711809948e-5, -1.388731625493765e-3, 4.166664568298827e-2]), get(z)), get(z)), mul(get(z), c(0.5))), c(1));
  const swap = simd(OP.i32x4Eq, and(get(j), i32x4(2)), i32x4(2));
  const octantSign = (k: Code): number[] => simd(OP.i32x4Shl, and(k, i32x4(4)), [0x41, 29]);
  const sign = cosine ? octantSign(simd(OP.i32x4Add, get(j), i32x4(2))) : xor(octantSign(get(j)), and(get(x), SIGN));
  return unary(5, [
    ...set(a, abs(get(x))),
    // Global 0 |= any lane beyond the accurate range (or ±Inf).
    0x23, 0x00, ...simd(OP.anyTrue, simd(OP.f32x4Gt, get(a), c(TRIG_LIMIT))), 0x72, 0x24, 0x00,
    ...set(j, and(simd(OP.i32x4Add, simd(OP.i32x4TruncSatF32x4S, mul(get(a), c(4 / Math.PI))), i32x4(1)), i32x4(~1))),
    ...set(y, simd(OP.f32x4ConvertI32x4S, get(j))),
    ...set(t, shuffle(reduce(get(a), get(y)), reduce(shuffle(get(a), get(a), HIGH), shuffle(get(y), get(y), HIGH)), LOWS)),
    ...set(z, mul(get(t), get(t))),
    ...xor(cosine ? select(sine, cos, swap) : select(cos, sine, swap), sign),
  ]);
}

let functions: readonly WasmFunction[] | undefined;

/** The functions of {@link MATH_INDEX}, in index order, for every kernel module (built once). */
export function mathFunctions(): readonly WasmFunction[] {
  functions ??= [expFunction(), logFunction(), tanhFunction(), sigmoidFunction(), softplusFunction(), trigFunction(false), trigFunction(true)];
  return functions;
}
