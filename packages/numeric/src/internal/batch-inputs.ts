import { NumericError } from '../errors.js';
import type { KernelArray, KernelInputs } from '../compile.js';
import type { Dtype } from '../dtype.js';

/** The arrays of one kernel call: one per slot, a length-1 array for a broadcast number. */
export interface BatchArrays {
  readonly arrays: KernelArray[];
  readonly broadcast: boolean[];
  /** The number of points: the common length, or 1 when every value is a number. */
  readonly n: number;
}

/** The array type of a dtype. */
export function arrayType(dtype: Dtype): Float64ArrayConstructor | Float32ArrayConstructor {
  return dtype === 'float32' ? Float32Array : Float64Array;
}

function lookup(inputs: KernelInputs, name: string): KernelArray | number | undefined {
  if (inputs instanceof Map) return (inputs as ReadonlyMap<string, KernelArray | number>).get(name);
  // Own properties only: "constructor" or "__proto__" must never resolve to Object.prototype's.
  return Object.prototype.hasOwnProperty.call(inputs, name) ? (inputs as Record<string, KernelArray | number>)[name] : undefined;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a plain array';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value;
}

/**
 * Reads named values from several objects (the point, then the direction) into slot arrays,
 * checking every array has the kernel's dtype and one common length; `argument` names the
 * object in errors (`inputs`, `v`).
 * @throws {NumericError} `missing-input`, `dtype`, `length-mismatch`, `invalid-option` (NaN), naming the value.
 */
export function batchArrays(groups: readonly { readonly values: KernelInputs; readonly names: readonly string[]; readonly argument: string }[], dtype: Dtype): BatchArrays {
  const ArrayType = arrayType(dtype);
  let n = -1;
  let sizedBy = '';
  const arrays: KernelArray[] = [];
  const broadcast: boolean[] = [];
  for (const { values, names, argument } of groups) {
    if (values === null || typeof values !== 'object') {
      throw new NumericError('missing-input', `${argument} must be an object mapping input names to arrays or numbers`, { argument });
    }
    for (const name of names) {
      const label = argument === 'inputs' ? name : `${argument}.${name}`;
      const value = lookup(values, name);
      if (value === undefined) throw new NumericError('missing-input', `no value for ${argument === 'inputs' ? 'the input' : argument} "${name}"`, { argument: label });
      if (typeof value === 'number') {
        if (Number.isNaN(value)) throw new NumericError('invalid-option', `${label} is NaN`, { argument: label });
        arrays.push(new ArrayType([value]));
        broadcast.push(true);
        continue;
      }
      if (!(value instanceof ArrayType)) {
        throw new NumericError('dtype', `${label} must be a ${ArrayType.name} for a ${dtype} kernel, found ${describeValue(value)}`, { argument: label });
      }
      if (n >= 0 && value.length !== n) {
        throw new NumericError('length-mismatch', `${label} has ${value.length} points but ${sizedBy} has ${n}`, { argument: label });
      }
      n = value.length;
      sizedBy = label;
      arrays.push(value);
      broadcast.push(false);
    }
  }
  return { arrays, broadcast, n: n < 0 ? 1 : n };
}
