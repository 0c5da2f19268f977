export { VerifyError, isVerifyError } from './errors.js';
export type { VerifyErrorCode, VerifyPosition } from './errors.js';
export { machineEpsilon, roundTo, isDtype } from './dtype.js';
export type { Dtype } from './dtype.js';
export {
  complex,
  isComplex,
  cadd,
  csub,
  cmul,
  cdiv,
  cneg,
  cexp,
  clog,
  csqrt,
  cpow,
  csin,
  ccos,
  ctan,
  csinh,
  ccosh,
  ctanh,
  catan,
  csigmoid,
  csoftplus,
  cabs,
  crelu,
  cmax,
  cmin,
} from './complex.js';
export type { Complex, ComplexLike } from './complex.js';
export { realField, complexField, fieldFunction } from './field.js';
export type { Field, FieldProgram, DifferentiableFunction } from './field.js';
export { stepSize, forwardDifference, centralDifference, richardsonDifference, complexStepDifference } from './finite-difference.js';
export type { Scheme, DerivativeEstimate, DifferenceOptions, RichardsonOptions } from './finite-difference.js';
export { partialDerivative, directionalDerivative } from './partial-derivative.js';
export type { PartialOptions } from './partial-derivative.js';
export type { VectorFunction, ComplexVectorFunction } from './vector-function.js';
export { defaultTolerance } from './tolerance.js';
export type { Tolerance } from './tolerance.js';
export type { CheckResult, ComponentCheck, CheckKind } from './check-result.js';
export { checkGradient } from './check-gradient.js';
export type { GradientInput } from './check-gradient.js';
export type { CheckGradientOptions } from './check-options.js';
export { checkJacobian } from './check-jacobian.js';
export type { CheckJacobianOptions, JacobianInput, VectorValuedFunction, ComplexVectorValuedFunction } from './check-jacobian.js';
export { checkHessian, defaultHessianTolerance } from './check-hessian.js';
export type { CheckHessianOptions, HessianInput } from './check-hessian.js';
export { crossValidateHessian } from './cross-validate-hessian.js';
export type {
  CrossValidateHessianOptions, HessianClaimResult, HessianCrossValidation, HessianDisagreement, HessianValidatedPoint, NamedHessian,
} from './cross-validate-hessian.js';
export { checkDirectional } from './check-directional.js';
export type { CheckDirectionalOptions } from './check-directional.js';
export { formatText } from './report-text.js';
export type { TextReportOptions } from './report-text.js';
export { toJson, formatJson } from './report-json.js';
export type { JsonReport, JsonComponent, JsonNumber, JsonReportOptions } from './report-json.js';
export { formatJunit, formatJunitSuite, escapeXml } from './report-junit.js';
export type { JunitCase, JunitCheckCase, JunitOutcomeCase, JunitOptions, JunitProblem } from './report-junit.js';
export { compareGradients } from './compare-gradients.js';
export type { CompareGradientsOptions } from './compare-gradients.js';
export { domainPoints } from './domain-points.js';
export type { DomainPoints, DomainPointsOptions, SearchedRegion } from './domain-points.js';
export { crossValidate } from './cross-validate.js';
export type { ClaimResult, CrossValidateOptions, CrossValidatedPoint, CrossValidation, Disagreement, NamedPoint } from './cross-validate.js';
export { checkNetwork } from './check-network.js';
export type { CheckNetworkOptions, LayerCheck, NetworkCheck } from './check-network.js';
export { isFieldCompatible, programFunction } from './program-function.js';
export { crossValidateMatrix } from './check-matrix.js';
export type { CrossValidateMatrixOptions, MatrixCrossValidation, MatrixEntryCheck } from './check-matrix.js';
