import type { FullContext } from '@forge/bridge';
import type { ErrorCode, Result } from '@shared/result';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

import { AppContextProvider, toAppContext } from '../../static/common/src/app-context';

import { events, invoke, showFlag, view } from './bridge-mock';

type Handler = (payload: unknown) => Result<unknown> | Promise<Result<unknown>>;

/** A successful resolver envelope. */
export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

/** A failed resolver envelope. */
export function fail(
  code: ErrorCode,
  message: string,
  details?: ReadonlyArray<{ path: string; message: string }>,
): Result<never> {
  return { ok: false, error: { code, message, ...(details ? { details } : {}) } };
}

/** Forge's context as the bridge returns it, with the given fields replaced. */
export function buildFullContext(overrides: Partial<FullContext> = {}): FullContext {
  return {
    accountId: 'account-me',
    cloudId: 'cloud-1',
    extension: { type: 'jira:issuePanel' },
    environmentId: 'env-1',
    environmentType: 'DEVELOPMENT',
    localId: 'local-1',
    locale: 'en-US',
    moduleKey: 'module',
    siteUrl: 'https://example.atlassian.net',
    timezone: 'UTC',
    ...overrides,
  };
}

/**
 * Resets the bridge mock to a working default: context resolves, theming and flags succeed, and
 * invoke answers from `handlers` by resolver key (an unknown key rejects, failing the test).
 */
export function mockBridge(
  handlers: Record<string, Handler> = {},
  context = buildFullContext(),
): void {
  view.getContext.mockResolvedValue(context);
  view.theme.enable.mockResolvedValue(undefined);
  view.submit.mockResolvedValue(undefined);
  view.close.mockResolvedValue(undefined);
  showFlag.mockReturnValue({ close: jest.fn() });
  events.on.mockResolvedValue({ unsubscribe: jest.fn() });
  invoke.mockImplementation(async (key: string, payload: unknown) => {
    const handler = handlers[key];
    if (!handler) throw new Error(`No resolver mocked for ${key}`);
    return handler(payload);
  });
}

/** The payloads sent to one resolver key, in order. */
export function invokedPayloads(key: string): unknown[] {
  return invoke.mock.calls.filter(([k]) => k === key).map(([, payload]) => payload as unknown);
}

/** Renders UI inside the app context a Forge module would provide. */
export function renderInContext(ui: ReactElement, context: Partial<FullContext> = {}) {
  return render(
    <AppContextProvider value={toAppContext(buildFullContext(context))}>{ui}</AppContextProvider>,
  );
}
