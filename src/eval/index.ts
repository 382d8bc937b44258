/** `factx eval`: scoring extraction against annotated gold (eval/README.md). */
export { runEval } from './run.js';
export type { EvalOptions, EvalResult, ExtractFn } from './run.js';
export { EvalError } from './errors.js';
export type { EvalErrorCode } from './errors.js';
export { parseGold, readGold } from './gold.js';
export { scoreDocument, combine } from './score.js';
export type { MetricId, Scorecard } from './metrics.js';
