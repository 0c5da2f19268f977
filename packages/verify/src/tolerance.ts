import type { Dtype } from './dtype.js';
import type { Scheme } from './internal/difference.js';

/** How close analytic and numeric must be: |analytic − numeric| ≤ atol + rtol·|numeric|. */
export interface Tolerance {
  readonly rtol: number;
  readonly atol: number;
}

// Each default sits above the error the scheme reaches on well-scaled smooth functions (measured
// in this package's tests), so a correct gradient passes and a 1e-3 relative error still fails,
// in both dtypes. The checks also raise each component's default atol to twice the difference's
// own error estimate, which is what keeps float32 forward differences (√ε ≈ 3e-4) honest.
const DEFAULTS: Readonly<Record<Dtype, Readonly<Record<Scheme, Tolerance>>>> = {
  float64: {
    forward: { rtol: 1e-5, atol: 1e-7 },
    central: { rtol: 1e-6, atol: 1e-8 },
    richardson: { rtol: 1e-8, atol: 1e-10 },
    'complex-step': { rtol: 1e-9, atol: 1e-11 },
  },
  float32: {
    forward: { rtol: 2e-4, atol: 2e-5 },
    central: { rtol: 2e-4, atol: 5e-5 },
    richardson: { rtol: 2e-4, atol: 5e-5 },
    'complex-step': { rtol: 5e-5, atol: 1e-6 },
  },
};

/**
 * The default tolerance of a scheme in a dtype (the checks scale atol by max(1, |f(x)|) and raise
 * it to twice the difference's error estimate where that is larger).
 *
 * | dtype | forward | central | richardson | complex-step |
 * | --- | --- | --- | --- | --- |
 * | float64 rtol / atol | 1e-5 / 1e-7 | 1e-6 / 1e-8 | 1e-8 / 1e-10 | 1e-9 / 1e-11 |
 * | float32 rtol / atol | 2e-4 / 2e-5 | 2e-4 / 5e-5 | 2e-4 / 5e-5 | 5e-5 / 1e-6 |
 * @example
 * defaultTolerance('float64', 'central'); // → { rtol: 1e-6, atol: 1e-8 }
 */
export function defaultTolerance(dtype: Dtype, scheme: Scheme): Tolerance {
  return DEFAULTS[dtype][scheme];
}
