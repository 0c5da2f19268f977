/**
 * The engine contract of @bp/symbolic, for code that works on computation graphs rather than on
 * source text: code generators (@bp/numeric), checkers (@bp/verify) and tools that build their
 * own derivatives. Import it as `@bp/symbolic/engine`; the package root holds the user API.
 */
export { Graph } from './graph.js';
export type { GraphNode, Op } from './graph.js';
export { FUNCTIONS, OPERATORS, erf, operationOf, share, sigmoid, softplus } from './functions.js';
export type { Builder, FieldForm, FunctionSpec, InlineCode, Intervals, NodeId, OperationSpec, Operator, ScalarField } from './functions.js';
export { printLatex, printText } from './print.js';
export type { PrintMode } from './print.js';
export { gradientGraph } from './gradient-graph.js';
export type { GradientGraph } from './gradient-graph.js';
export { localPartial } from './differentiate.js';
export type { Edge } from './differentiate.js';
export { tangentSweep } from './tangent.js';
export { hessianGraph } from './hessian-graph.js';
export type { HessianGraph, HessianGraphOptions } from './hessian-graph.js';
export { MatrixGraph } from './matrix/graph.js';
export type { MatrixGraphOptions, MatrixNode, MatrixOp } from './matrix/graph.js';
export { evaluateMatrix } from './matrix/evaluate.js';
export type { MatrixValue } from './matrix/evaluate.js';
export { printMatrixLatex, printMatrixText } from './matrix/print.js';
