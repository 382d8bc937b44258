/** `factx eval` errors: a FactxError, so the CLI maps `code` to its exit status. */
import { FactxError } from '../errors.js';
import type { FactxErrorCode } from '../errors.js';

export type EvalErrorCode = FactxErrorCode;

/** A one-line, user-facing error: USAGE, INPUT (unreadable or invalid gold) or PROCESSING. */
export class EvalError extends FactxError {
  constructor(code: EvalErrorCode, message: string) {
    super(message, code);
    this.name = 'EvalError';
  }
}
