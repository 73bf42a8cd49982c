/**
 * Error codes a resolver may return. The front ends switch on these to choose a message or an
 * action (for example CONFLICT asks the user to reload).
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'CURRENCY_MISMATCH'
  | 'LIMIT_EXCEEDED'
  | 'UNEXPECTED';

/** A user-safe error: a code plus a message a person can act on; `details` names bad fields. */
export type ResultError = {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: ReadonlyArray<{ readonly path: string; readonly message: string }>;
};

/** The envelope every resolver returns: data on success, or a typed error. */
export type Result<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ResultError };
