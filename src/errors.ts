/** The one error type factx throws on purpose; the CLI maps `code` to an exit status. */
export type FactxErrorCode = 'USAGE' | 'INPUT' | 'PROCESSING';

export class FactxError extends Error {
  constructor(
    message: string,
    readonly code: FactxErrorCode,
  ) {
    super(message);
    this.name = 'FactxError';
  }
}
