import type { Dtype } from '../dtype.js';
import { NumericError } from '../errors.js';
import { loopsByBroadcast, nodesToTest, type Loop, type LoopSpec } from '../internal/codegen/index.js';
import { decodeBase64 } from './base64.js';
import { SIMD_PROBE_WASM } from './generated/gemm-modules.js';
import { encodeModule } from './kernel-encoder.js';
import { arraysBase, kernelFunctions, unsupported, type KernelProgram } from './kernel-lower.js';

export type { KernelProgram } from './kernel-lower.js';

/** The loop a compiled kernel runs: `ins` and `outs` hold one float32 array per slot (see compile.ts's RawKernel). */
export type KernelLoop = (n: number, ins: readonly Float32Array[], outs: readonly Float32Array[]) => void;

/**
 * Bytes of wasm memory the arrays of one block of points take: inputs and outputs are copied
 * through in blocks of points this size, so memory stays small (it never grows with N) and a
 * block stays in the second-level cache between the copy in, the kernel and the copy out.
 */
export const BLOCK_BYTES: number = 192 * 1024;

interface Memory { readonly buffer: ArrayBuffer; grow(pages: number): number }
interface Api {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
  Memory: new (descriptor: { initial: number; maximum?: number }) => Memory;
}

function api(): Api | undefined {
  return (globalThis as unknown as { WebAssembly?: Api }).WebAssembly;
}

let simd: boolean | undefined;

/** Whether this engine runs WebAssembly SIMD (validated once with a probe module). */
export function wasmSimdAvailable(): boolean {
  if (simd === undefined) {
    const wa = api();
    try {
      simd = wa !== undefined && typeof wa.validate === 'function' && wa.validate(decodeBase64(SIMD_PROBE_WASM));
    } catch {
      simd = false;
    }
  }
  return simd;
}

let memory: Memory | undefined;

/** The one memory every kernel module imports (calls are synchronous, so they never overlap), with at least `bytes`. */
function memoryOf(wa: Api, bytes: number): Memory {
  memory ??= new wa.Memory({ initial: 1 });
  const missing = Math.ceil((bytes - memory.buffer.byteLength) / 65536);
  if (missing > 0) memory.grow(missing);
  return memory;
}

/**
 * Why the program cannot run as a WebAssembly SIMD kernel here (no SIMD, or an operation without
 * a float32 SIMD implementation), or undefined when it can.
 */
export function wasmUnsupported(program: KernelProgram): string | undefined {
  if (!wasmSimdAvailable()) return 'this engine has no WebAssembly SIMD';
  const why = unsupported(program);
  if (why !== undefined) return why;
  // Compiled here once, so a module the engine refuses (a size limit, a content security policy) is known now.
  try {
    moduleOf(api()!, program, Array.from({ length: program.inputSlots.size }, () => false));
  } catch {
    return 'the engine refused the WebAssembly module';
  }
  return undefined;
}

/**
 * The program to run as WebAssembly SIMD, or undefined for JavaScript: float32 only, chosen by
 * compile's `backend` option (`'auto'` when undefined).
 * @throws {NumericError} `invalid-option` for `backend: 'wasm'` where it cannot run.
 */
export function wasmProgram(dtype: Dtype, backend: 'auto' | 'wasm' | 'js' | undefined, program: KernelProgram): KernelProgram | undefined {
  if (backend === 'js' || (backend !== 'wasm' && dtype !== 'float32')) return undefined;
  const why = dtype === 'float32' ? wasmUnsupported(program) : 'its kernels are float32 only';
  if (why === undefined) return program;
  if (backend === 'wasm') throw new NumericError('invalid-option', `backend "wasm" cannot run this kernel: ${why}`, { argument: 'backend' });
  return undefined;
}

/** Modules already compiled, per program and pattern of broadcast inputs. */
const modules = new WeakMap<KernelProgram, Map<string, object>>();

function moduleOf(wa: Api, program: KernelProgram, broadcast: readonly boolean[]): object {
  let byPattern = modules.get(program);
  if (byPattern === undefined) modules.set(program, (byPattern = new Map<string, object>()));
  const key = broadcast.map((b) => (b ? '1' : '0')).join('');
  let module = byPattern.get(key);
  if (module === undefined) {
    module = new wa.Module(encodeModule(kernelFunctions(program, broadcast)));
    byPattern.set(key, module);
  }
  return module;
}

/**
 * A float32 loop running the program as WebAssembly SIMD, four points at a time, for inputs
 * broadcast as `broadcast` says; or undefined when the engine refuses the module (a size limit, a
 * content security policy). Points go through wasm memory in blocks of {@link BLOCK_BYTES}. Where
 * sin or cos met an argument beyond their accurate range, the call is redone by `fallback`.
 */
export function wasmKernelLoop(program: KernelProgram, broadcast: readonly boolean[], fallback: () => KernelLoop): KernelLoop | undefined {
  const wa = api();
  if (wa === undefined) return undefined;
  const inputCount = program.inputSlots.size;
  const arrays = inputCount + program.outputs.length;
  const block = Math.max(4, Math.floor(BLOCK_BYTES / (16 * arrays)) * 4);
  const stride = block * 4;
  const base = arraysBase(inputCount);
  let run: (bytes: number, stride: number) => number;
  try {
    memoryOf(wa, base + arrays * stride);
    run = (new wa.Instance(moduleOf(wa, program, broadcast), { env: { memory } }).exports as { run: typeof run }).run;
  } catch {
    return undefined;
  }
  return (n, ins, outs) => {
    const heap = new Float32Array(memoryOf(wa, base + arrays * stride).buffer);
    broadcast.forEach((b, slot) => { if (b) heap[slot] = ins[slot]![0]!; });
    for (let start = 0; start < n; start += block) {
      const length = Math.min(block, n - start);
      for (let slot = 0; slot < inputCount; slot++) {
        if (!broadcast[slot]) heap.set(ins[slot]!.subarray(start, start + length), (base + slot * stride) / 4);
      }
      if (run(Math.ceil(length / 4) * 16, stride) !== 0) {
        fallback()(n, ins, outs);
        return;
      }
      outs.forEach((out, k) => {
        const at = (base + (inputCount + k) * stride) / 4;
        out.set(heap.subarray(at, at + length), start);
      });
    }
  };
}

/** A kernel's loops per pattern of broadcast inputs, and which backend runs them. */
export interface BackendLoops {
  (broadcast: readonly boolean[]): Loop;
  readonly backend: 'wasm' | 'js';
}

/**
 * The loops a compiled kernel runs: WebAssembly SIMD where {@link wasmProgram} accepts the program
 * (falling back per pattern to generated JavaScript when the engine refuses a module), else
 * generated JavaScript.
 * @throws {NumericError} `invalid-option` for `backend: 'wasm'` where WebAssembly SIMD cannot run it.
 */
export function loopsForBackend(spec: LoopSpec, dtype: Dtype, backend: 'auto' | 'wasm' | 'js' | undefined): BackendLoops {
  const js = loopsByBroadcast(spec);
  const { graph, schedule, forward, outputs, inputSlots } = spec;
  const tested = new Map(forward === undefined ? [] : nodesToTest(graph, schedule, forward, outputs).map((id) => [id, forward.has(id) ? 'okValue' as const : 'okGradient' as const]));
  const wasm = wasmProgram(dtype, backend, { graph, schedule, inputSlots, outputs, tested });
  if (wasm === undefined) return Object.assign((broadcast: readonly boolean[]) => js(broadcast), { backend: 'js' as const });
  const cache = new Map<string, Loop>();
  const loops = (broadcast: readonly boolean[]): Loop => {
    const key = broadcast.map((b) => (b ? '1' : '0')).join('');
    let loop = cache.get(key);
    if (loop === undefined) {
      loop = (wasmKernelLoop(wasm, broadcast, () => js(broadcast)) as Loop | undefined) ?? js(broadcast);
      cache.set(key, loop);
    }
    return loop;
  };
  return Object.assign(loops, { backend: 'wasm' as const });
}
