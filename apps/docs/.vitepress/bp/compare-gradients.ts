/** One component of a gradient, analytic against numeric. */
export interface GradientRow {
  readonly name: string;
  readonly analytic: number;
  readonly numeric: number;
  readonly absError: number;
  readonly relError: number;
  readonly ok: boolean;
}

export interface GradientComparison {
  readonly ok: boolean;
  readonly maxAbsError: number;
  readonly maxRelError: number;
  /** Worst offenders first. */
  readonly rows: readonly GradientRow[];
}

/**
 * Compares an analytic gradient with a numeric one component by component: a component passes
 * when |analytic − numeric| ≤ atol + rtol·max(|analytic|, |numeric|).
 * @example
 * compareGradients({ x: 2 }, { x: 2.0000001 }, { rtol: 1e-6, atol: 1e-8 }).ok; // true
 */
export function compareGradients(
  analytic: Readonly<Record<string, number>>,
  numeric: Readonly<Record<string, number>>,
  { rtol, atol }: { readonly rtol: number; readonly atol: number },
): GradientComparison {
  const rows = Object.keys(numeric).map((name): GradientRow => {
    const a = analytic[name] ?? 0;
    const n = numeric[name]!;
    const absError = Math.abs(a - n);
    const scale = Math.max(Math.abs(a), Math.abs(n));
    return { name, analytic: a, numeric: n, absError, relError: scale === 0 ? 0 : absError / scale, ok: absError <= atol + rtol * scale };
  });
  rows.sort((p, q) => Number(p.ok) - Number(q.ok) || q.absError - p.absError);
  return {
    ok: rows.every((row) => row.ok),
    maxAbsError: Math.max(0, ...rows.map((row) => row.absError)),
    maxRelError: Math.max(0, ...rows.map((row) => row.relError)),
    rows,
  };
}
