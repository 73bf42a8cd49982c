import type { ErrorCode, ResultError } from '@shared/result';

type ErrorDetail = { readonly path: string; readonly message: string };

const ERROR_CODES: readonly ErrorCode[] = [
  'VALIDATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'CURRENCY_MISMATCH',
  'LIMIT_EXCEEDED',
  'UNEXPECTED',
];

/** A resolver's typed error (the `error` of a failed Result), thrown by each app's api.ts. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly ErrorDetail[];

  constructor(error: ResultError, options?: { cause?: unknown }) {
    super(error.message, options);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details ?? [];
  }
}

/**
 * The data of a resolver's Result envelope, or an ApiError carrying its code and message. A
 * response that is not an envelope at all (a platform error page, a resolver that threw
 * outside the wrapper) becomes UNEXPECTED.
 *
 * @throws {ApiError} when the result is not ok or is malformed.
 */
export function unwrapResult<T>(response: unknown): T {
  if (!isRecord(response) || typeof response.ok !== 'boolean') {
    throw new ApiError({ code: 'UNEXPECTED', message: 'The app sent an unreadable response.' });
  }
  if (response.ok) {
    // The resolver's Result<T> is typed by the shared contract; only the envelope is checked here.
    return response.data as T;
  }
  const error = isRecord(response.error) ? response.error : {};
  const code = ERROR_CODES.find((c) => c === error.code) ?? 'UNEXPECTED';
  const message =
    typeof error.message === 'string' && error.message !== ''
      ? error.message
      : 'Something went wrong. Try again.';
  const details = Array.isArray(error.details) ? error.details.filter(isErrorDetail) : undefined;

  throw new ApiError({ code, message, details });
}

/** Wraps a failed invoke (network, bridge, rate limit) into an ApiError the UI can show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;

  return new ApiError(
    {
      code: 'UNEXPECTED',
      message: 'Could not reach the app. Check your connection and try again.',
    },
    { cause: error },
  );
}

/** A message a person can read for any error a hook caught. */
export function errorMessage(error: unknown): string {
  return toApiError(error).message;
}

/** Whether an error is a failed version check: someone else saved first. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'CONFLICT';
}

function isErrorDetail(value: unknown): value is ErrorDetail {
  return isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
