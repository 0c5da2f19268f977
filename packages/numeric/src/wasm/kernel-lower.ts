import type { Graph, GraphNode, NodeId } from '@bp/symbolic/engine';
import { call, f32x4, get, I32, i32, i32x4, OP, set, simd, V128, type Code, type WasmFunction } from './kernel-encoder.js';
import { MATH_INDEX, mathFunctions, select } from './kernel-math.js';

/**
 * Lowers a kernel's straight-line program (the statements compile.ts's JavaScript generator
 * emits, in the same order, with the same domain checks) to a WebAssembly SIMD function that
 * evaluates four points per iteration in float32.
 */

/** The program a kernel evaluates: its graph, schedule, input slots, outputs (value first) and the nodes whose finiteness is tested. */
export interface KernelProgram {
  readonly graph: Graph;
  readonly schedule: readonly NodeId[];
  readonly inputSlots: ReadonlyMap<NodeId, number>;
  readonly outputs: readonly NodeId[];
  /** Nodes tested for finiteness, and whether each decides the value (`okValue`) or the gradient (`okGradient`). */
  readonly tested: ReadonlyMap<NodeId, 'okValue' | 'okGradient'>;
}

/** Byte address of the first array in memory; the broadcast inputs' values sit below it, one float32 per input slot. */
export function arraysBase(inputCount: number): number {
  return Math.ceil((inputCount * 4) / 16) * 16 || 16;
}

/** Integer exponents computed by repeated multiplication (then 1/… for a negative one), as the JavaScript kernel does for 2, 3 and −1. */
const POWERS: ReadonlySet<number> = new Set([-4, -3, -2, -1, 2, 3, 4]);

/** Calls with one argument that map to one WebAssembly instruction or polynomial function. */
const UNARY: ReadonlySet<string> = new Set(['exp', 'log', 'tanh', 'sigmoid', 'softplus', 'sin', 'cos', 'sqrt', 'abs', 'relu', 'step', 'heaviside', 'sign']);

/** A constant as float32, or undefined where rounding to float32 would change what it means (overflow to ±Inf, underflow to 0). */
function float32Constant(value: number): number | undefined {
  const rounded = Math.fround(value);
  return Number.isFinite(rounded) && (rounded !== 0 || value === 0) ? rounded : undefined;
}

/**
 * The most nodes and inputs a WebAssembly kernel holds (one v128 local each): larger programs run
 * as split JavaScript, since V8 limits a function to 50,000 locals and, with an array per input
 * and output, blocks of points would become too short to amortize the copies.
 */
export const MAX_VALUES = 4_000;

/** Why the program cannot run as WebAssembly (a short phrase naming the operation), or undefined when it can. */
export function unsupported(program: KernelProgram): string | undefined {
  const { graph } = program;
  const values = program.schedule.length + program.outputs.length;
  if (values > MAX_VALUES) return `it has ${values} values, more than the ${MAX_VALUES} a WebAssembly kernel holds`;
  for (const id of program.schedule) {
    const node = graph.node(id);
    if (node.op === 'const' && float32Constant(node.value!) === undefined) return `the constant ${node.value!} is outside float32's range`;
    if (node.op === 'pow') {
      const exponent = graph.node(node.args[1]!);
      if (exponent.op !== 'const' || !POWERS.has(exponent.value!)) return 'only integer powers from -4 to 4 have a float32 SIMD implementation';
    }
    if (node.op !== 'call') continue;
    const fn = node.name!;
    const arity = node.args.length;
    const ok = (arity === 1 && UNARY.has(fn)) || (arity === 2 && (fn === 'max' || fn === 'min')) || (arity === 0 && (fn === 'pi' || fn === 'e'));
    if (!ok) return `${fn} with ${arity} argument${arity === 1 ? '' : 's'} has no float32 SIMD implementation`;
  }
  return undefined;
}

const c = f32x4;
const mask1 = (m: Code): number[] => simd(OP.and, m, c(1));

/** One call as an expression of its argument's value. */
function lowerCall(fn: string, a: Code, b: Code): number[] {
  switch (fn) {
    case 'sqrt': return simd(OP.f32x4Sqrt, a);
    case 'abs': return simd(OP.f32x4Abs, a);
    case 'max': return simd(OP.f32x4Max, a, b);
    case 'min': return simd(OP.f32x4Min, a, b);
    case 'pi': return c(Math.PI);
    case 'e': return c(Math.E);
    // x <= 0 ? 0 : x (NaN passes through); x > 0 ? 1 : 0; x > 0 ? 1 : x < 0 ? 0 : ½.
    case 'relu': return select(c(0), a, simd(OP.f32x4Le, a, c(0)));
    case 'step': return mask1(simd(OP.f32x4Gt, a, c(0)));
    case 'heaviside': return select(c(1), select(c(0), c(0.5), simd(OP.f32x4Lt, a, c(0))), simd(OP.f32x4Gt, a, c(0)));
    // Math.sign: ±1 with x's sign, except ±0 and NaN, which pass through.
    case 'sign': return select(a, simd(OP.or, simd(OP.and, a, i32x4(-0x80000000)), c(1)), simd(OP.or, simd(OP.f32x4Eq, a, c(0)), simd(OP.f32x4Ne, a, a)));
    default: return call(MATH_INDEX[fn as keyof typeof MATH_INDEX], a);
  }
}

/** One node as an expression of its arguments' values. */
function lowerNode(graph: Graph, node: GraphNode, args: readonly Code[]): number[] {
  const [a = [], b = []] = args;
  switch (node.op) {
    case 'add': return simd(OP.f32x4Add, a, b);
    case 'sub': return simd(OP.f32x4Sub, a, b);
    case 'mul': return simd(OP.f32x4Mul, a, b);
    case 'div': return simd(OP.f32x4Div, a, b);
    case 'neg': return simd(OP.f32x4Neg, a);
    case 'pow': {
      const exponent = graph.node(node.args[1]!).value!;
      const k = Math.abs(exponent);
      const square = simd(OP.f32x4Mul, a, a);
      const power = k === 1 ? [...a] : k === 2 ? square : k === 3 ? simd(OP.f32x4Mul, square, a) : simd(OP.f32x4Mul, square, square);
      return exponent < 0 ? simd(OP.f32x4Div, c(1), power) : power;
    }
    case 'call': return lowerCall(node.name!, a, b);
    default: throw new Error(`bp internal error: ${node.op} is not lowered`);
  }
}

const load = (address: Code): number[] => [...address, 0xfd, OP.load, 4, 0];
const store = (address: Code, value: Code): number[] => [...address, ...value, 0xfd, OP.store, 4, 0];
const i32Add = (a: Code, b: Code): number[] => [...a, ...b, 0x6a];

/** Local indices of the kernel function: params `bytes` (0) and `stride` (1), `p` (2), array bases, then v128 values. */
interface Layout {
  readonly base: (array: number) => number;
  readonly value: Map<NodeId, number>;
  next: number;
}

/**
 * The kernel function `run(bytes, stride) → i32`: for p = 0, 16, … below `bytes`, evaluates the
 * program on four points of every array (array j at {@link arraysBase} + j·stride) and stores the
 * value and partials, NaN where the value or the gradient does not exist, exactly as the
 * JavaScript kernel's checks decide. Returns global 0 (set when sin or cos met an argument beyond
 * their accurate range).
 */
function kernelFunction(program: KernelProgram, broadcast: readonly boolean[]): WasmFunction {
  const { graph, inputSlots, outputs } = program;
  const arrays = inputSlots.size + outputs.length;
  const first = 3 + arrays;
  const layout: Layout = { base: (j) => 3 + j, value: new Map(), next: first };
  const local = (id: NodeId): number => { layout.value.set(id, layout.next); return layout.next++; };
  const head: number[] = [0x41, 0, 0x24, 0];
  const body: number[] = [];
  for (let j = 0; j < arrays; j++) head.push(...set(layout.base(j), i32Add(i32(arraysBase(inputSlots.size)), [...get(1), ...i32(j), 0x6c])));
  inputSlots.forEach((slot, id) => {
    const v = local(id);
    if (broadcast[slot]) head.push(...set(v, [...i32(slot * 4), 0xfd, OP.load32Splat, 2, 0]));
    else body.push(...set(v, load(i32Add(get(layout.base(slot)), get(2)))));
  });
  const [okValue, okGradient] = [layout.next++, layout.next++];
  body.unshift(...set(okValue, c(0)), ...set(okGradient, c(0)));
  const ref = (id: NodeId): Code => {
    const node = graph.node(id);
    if (node.op === 'const') return c(Math.fround(node.value!));
    const index = layout.value.get(id);
    if (index === undefined) throw new Error(`bp internal error: node ${id} used before it is computed`);
    return get(index);
  };
  for (const id of program.schedule) {
    const node = graph.node(id);
    if (node.op === 'const' || inputSlots.has(id)) continue;
    if (node.op === 'name') layout.value.set(id, layout.value.get(node.args[0]!) ?? local(id));
    if (node.op === 'name' && graph.node(node.args[0]!).op === 'const') body.push(...set(layout.value.get(id)!, ref(node.args[0]!)));
    if (node.op !== 'name') body.push(...set(local(id), lowerNode(graph, node, node.args.map(ref))));
    const check = program.tested.get(id);
    // x − x is 0 for a finite x and NaN otherwise.
    if (check !== undefined) body.push(...set(check === 'okValue' ? okValue : okGradient, simd(OP.f32x4Add, get(check === 'okValue' ? okValue : okGradient), simd(OP.f32x4Sub, ref(id), ref(id)))));
  }
  body.push(...stores(outputs.map(ref), layout, inputSlots.size, okValue, okGradient));
  const loop = [0x02, 0x40, 0x03, 0x40, ...get(2), ...get(0), 0x4f, 0x0d, 1, ...body, ...set(2, i32Add(get(2), i32(16))), 0x0c, 0, 0x0b, 0x0b];
  return { params: [I32, I32], results: [I32], locals: [{ count: 1 + arrays, type: I32 }, { count: layout.next - first, type: V128 }], body: [...head, ...loop, 0x23, 0] };
}

/** The checked stores: NaN throughout where the value does not exist, NaN partials where the gradient does not. */
function stores(values: readonly Code[], layout: Layout, inputCount: number, okValue: number, okGradient: number): number[] {
  const [maskValue, maskGradient] = [layout.next++, layout.next++];
  const finite = (acc: Code, v: Code): number[] => simd(OP.f32x4Add, acc, simd(OP.f32x4Sub, v, v));
  const notZero = (v: Code): number[] => simd(OP.f32x4Ne, v, c(0));
  const code = set(maskValue, notZero(finite(get(okValue), values[0]!)));
  for (const v of values.slice(1)) code.push(...set(okGradient, finite(get(okGradient), v)));
  code.push(...set(maskGradient, simd(OP.or, get(maskValue), notZero(get(okGradient)))));
  values.forEach((v, k) => {
    code.push(...store(i32Add(get(layout.base(inputCount + k)), get(2)), select(c(Number.NaN), v, get(k === 0 ? maskValue : maskGradient))));
  });
  return code;
}

/** Every function of a kernel module: the math functions, then the kernel (exported as `run`). */
export function kernelFunctions(program: KernelProgram, broadcast: readonly boolean[]): WasmFunction[] {
  return [...mathFunctions(), kernelFunction(program, broadcast)];
}
