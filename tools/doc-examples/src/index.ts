export { docComments, examplesOfComment, extractExamples } from './extract.js';
export type { DocExample } from './extract.js';
export { LiteralError, differences, halfLastDigit, parseLiteral } from './literal.js';
export type { Expected } from './literal.js';
export { ExampleError, instrument, runExample } from './run.js';
export type { ExampleScope, Instrumented, ResultComment } from './run.js';
