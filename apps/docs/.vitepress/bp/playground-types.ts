import type { Kink, SourceSpan } from '@bp/symbolic';
import type { GradientComparison } from './gradient-check.js';

/** What went wrong, and where in which field, for the playground to show. */
export interface PlaygroundError {
  readonly field: 'source' | 'point';
  readonly code: string;
  readonly message: string;
  readonly position: SourceSpan | undefined;
}

export interface PlaygroundStep {
  readonly rule: string;
  readonly html: string;
}

/** Everything the playground shows for one source and point. */
export interface PlaygroundResult {
  readonly inputs: readonly string[];
  readonly output: string;
  readonly wrt: string;
  readonly value: string;
  readonly gradient: readonly { readonly name: string; readonly html: string; readonly value: string }[];
  readonly steps: readonly PlaygroundStep[];
  readonly resultHtml: string;
  readonly mermaid: string;
  readonly check: GradientComparison;
  readonly kinks: readonly Kink[];
}
