import { machineEpsilon, type Dtype } from '../dtype.js';
import { representableStep } from './difference.js';

/** One second partial estimated from values of f alone. */
export interface SecondDifference {
  /** The central estimate. */
  readonly value: number;
  /** The one-sided estimates from below and above (they disagree where f″ jumps). */
  readonly left: number;
  readonly right: number;
  /** |right − left| at twice the step: where f″ jumps it stays put, on smooth f it doubles (2h·|f‴|). */
  readonly coarseJump: number;
  /** The central estimate at twice the step: at a kink it moves like 1/h, elsewhere by O(h²). */
  readonly coarse: number;
  /** Rounding noise of the central estimate: about 4ε·max|f| / (hᵢhⱼ). */
  readonly noise: number;
}

/**
 * The step for second differences of f in a dtype: the central second difference has truncation
 * error h²·|f⁗|/12 and rounding error about 4ε·|f|/h², which balance at h ≈ (48ε·|f|/|f⁗|)^(1/4),
 * that is ε^(1/4) times the scale of the coordinate when f and its derivatives are of similar
 * size. This is the balance of truncation against rounding that Numerical Recipes (3rd ed., §5.7)
 * uses to get ε^(1/3) for a central first difference, applied to the h² / (ε/h²) pair; Gill,
 * Murray and Wright (Practical Optimization, §8.6) give the same fourth-root step for
 * finite-difference Hessians from function values. A first difference of a gradient uses ε^(1/3),
 * which is what the central scheme (and so checkHessian with `gradient`) already does.
 */
export function secondDifferenceStep(t: number, dtype: Dtype): number {
  return representableStep(t, Math.pow(machineEpsilon(dtype), 1 / 4) * Math.max(1, Math.abs(t)), dtype);
}

/**
 * ∂²f/∂xᵢ∂xⱼ at x from values of f: (f(x+hᵢ) − 2f(x) + f(x−hᵢ))/hᵢ² on the diagonal and the
 * four-point stencil (f(++) − f(+−) − f(−+) + f(−−))/(4hᵢhⱼ) off it, plus one-sided versions
 * and the estimate at 2h for kink detection.
 */
export function secondDifference(f: (x: Float64Array) => number, x: Float64Array, f0: number, i: number, j: number, dtype: Dtype): SecondDifference {
  const hi = secondDifferenceStep(x[i]!, dtype);
  const hj = secondDifferenceStep(x[j]!, dtype);
  const at = (si: number, sj: number): number => {
    const y = Float64Array.from(x);
    y[i] = x[i]! + si * hi;
    if (i !== j) y[j] = x[j]! + sj * hj;
    return f(y);
  };
  const eps = machineEpsilon(dtype);
  if (i === j) {
    const [p1, m1, p2, m2, p4, m4] = [at(1, 0), at(-1, 0), at(2, 0), at(-2, 0), at(4, 0), at(-4, 0)];
    const h2 = hi * hi;
    return {
      value: (p1 - 2 * f0 + m1) / h2,
      coarse: (p2 - 2 * f0 + m2) / (4 * h2),
      right: (p2 - 2 * p1 + f0) / h2,
      left: (f0 - 2 * m1 + m2) / h2,
      coarseJump: Math.abs((p4 - 2 * p2 + f0) - (f0 - 2 * m2 + m4)) / (4 * h2),
      noise: (4 * eps * Math.max(Math.abs(f0), Math.abs(p1), Math.abs(m1))) / h2,
    };
  }
  const [pp, pm, mp, mm, p0, m0, q0, n0] = [at(1, 1), at(1, -1), at(-1, 1), at(-1, -1), at(1, 0), at(-1, 0), at(0, 1), at(0, -1)];
  const hh = hi * hj;
  const [pp2, pm2, mp2, mm2, p20, m20, q20, n20] = [at(2, 2), at(2, -2), at(-2, 2), at(-2, -2), at(2, 0), at(-2, 0), at(0, 2), at(0, -2)];
  return {
    value: (pp - pm - mp + mm) / (4 * hh),
    coarse: (pp2 - pm2 - mp2 + mm2) / (16 * hh),
    right: (pp - p0 - q0 + f0) / hh,
    left: (f0 - m0 - n0 + mm) / hh,
    coarseJump: Math.abs((pp2 - p20 - q20 + f0) - (f0 - m20 - n20 + mm2)) / (4 * hh),
    noise: (eps * Math.max(Math.abs(pp), Math.abs(pm), Math.abs(mp), Math.abs(mm))) / hh,
  };
}
