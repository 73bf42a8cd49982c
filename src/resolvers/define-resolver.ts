import type Resolver from '@forge/resolver';
import type { Request } from '@forge/resolver';
import type { z } from 'zod';

import { AppError, PermissionError, ValidationError } from '../platform/errors';
import { logger } from '../platform/logger';
import type { Result } from '../shared/result';

/**
 * What a handler may rely on. `accountId` comes from the Forge runtime and is trusted;
 * `extension` comes from the browser and only says where the user claims to be, so services
 * check it with Jira before using it.
 */
export type InvocationContext = {
  readonly accountId: string;
  readonly extension: unknown;
  readonly locale: string;
  readonly timezone: string;
};

type Handler<S extends z.ZodType, T> = (
  input: z.infer<S>,
  context: InvocationContext,
) => Promise<T>;

/**
 * Registers one resolver key: validates the payload with `schema`, runs the handler, and turns
 * every outcome into a `Result`. AppErrors keep their code and user-safe message; anything else
 * becomes UNEXPECTED with a generic message and is logged once, here.
 */
export function defineResolver<S extends z.ZodType, T>(
  resolver: Resolver,
  key: string,
  schema: S,
  handler: Handler<S, T>,
): void {
  resolver.define(key, async (request: Request): Promise<Result<T>> => {
    try {
      const context = toInvocationContext(request.context);
      const parsed = schema.safeParse(request.payload ?? {});
      if (!parsed.success) throw toValidationError(parsed.error);

      return { ok: true, data: await handler(parsed.data, context) };
    } catch (error) {
      return { ok: false, error: toResultError(error, key) };
    }
  });
}

function toInvocationContext(context: Request['context']): InvocationContext {
  const accountId: unknown = context.accountId;
  if (typeof accountId !== 'string' || accountId === '') {
    throw new PermissionError('Sign in to Jira to use this app.');
  }
  const raw = context as Record<string, unknown>;

  return {
    accountId,
    extension: raw.extension,
    locale: typeof raw.locale === 'string' ? raw.locale : 'en-US',
    timezone: typeof raw.timezone === 'string' ? raw.timezone : 'UTC',
  };
}

function toValidationError(error: z.ZodError): ValidationError {
  const details = error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  const first = details[0];
  const message = first
    ? `Invalid input${first.path ? ` at ${first.path}` : ''}: ${first.message}`
    : 'Invalid input.';

  return new ValidationError(message, details);
}

function toResultError(error: unknown, key: string) {
  if (error instanceof ValidationError) {
    return { code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof AppError && error.code !== 'UNEXPECTED') {
    return { code: error.code, message: error.message };
  }
  logger.error('[Resolver] Unexpected failure', { key, error });

  return { code: 'UNEXPECTED' as const, message: 'Something went wrong. Try again in a moment.' };
}
