import type { ErrorCode } from '../shared/result';

/** Where a validation failure is (a dotted path into the input) and what is wrong there. */
export type ValidationDetail = { readonly path: string; readonly message: string };

/** Options every app error takes: the standard `cause` for the error it wraps. */
export type AppErrorOptions = { readonly cause?: unknown };

/**
 * The base of every error the app throws on purpose. `code` is what the resolver wrapper sends
 * to the front end, and `message` must be safe to show to the user: no ids of other users'
 * data, no stack traces, no upstream response bodies (those belong in `cause`).
 */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The input or payload is invalid; `details` names each bad field. */
export class ValidationError extends AppError {
  readonly details: readonly ValidationDetail[];

  constructor(
    message: string,
    details: readonly ValidationDetail[] = [],
    options: AppErrorOptions = {},
  ) {
    super('VALIDATION', message, options);
    this.details = details;
  }
}

/** The requested thing does not exist, or the user may not know that it exists. */
export class NotFoundError extends AppError {
  constructor(message = 'The item was not found.', options: AppErrorOptions = {}) {
    super('NOT_FOUND', message, options);
  }
}

/** Someone else changed the record first (a version check failed); reload and retry. */
export class ConflictError extends AppError {
  constructor(
    message = 'Someone else changed this item. Reload and try again.',
    options: AppErrorOptions = {},
  ) {
    super('CONFLICT', message, options);
  }
}

/** Two amounts in different currencies met in one calculation; nothing converts implicitly. */
export class CurrencyMismatchError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super('CURRENCY_MISMATCH', message, options);
  }
}

/** The user lacks the Jira permission or the app's cost rule for this action. */
export class PermissionError extends AppError {
  constructor(message = 'You do not have permission to do this.', options: AppErrorOptions = {}) {
    super('FORBIDDEN', message, options);
  }
}

/** A product or platform limit would be exceeded (amount bounds, entry counts, storage size). */
export class LimitError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super('LIMIT_EXCEEDED', message, options);
  }
}

/** Forge storage failed; thrown only by storage adapters, with the platform error as `cause`. */
export class StorageError extends AppError {
  constructor(
    message = 'The app could not read or save its data. Try again.',
    options: AppErrorOptions = {},
  ) {
    super('UNEXPECTED', message, options);
  }
}

/** A Jira REST call failed; thrown only by Jira adapters, with the HTTP error as `cause`. */
export class JiraApiError extends AppError {
  readonly status: number | undefined;

  constructor(
    message = 'Jira did not answer as expected. Try again.',
    options: AppErrorOptions & { readonly status?: number } = {},
  ) {
    super('UNEXPECTED', message, options);
    this.status = options.status;
  }
}
