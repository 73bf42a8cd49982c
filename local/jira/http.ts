import type { Actor } from './access';
import type { DemoSite } from './site-types';

/** Who calls Jira: `asUser()` (with the invoking account) or `asApp()`. */
export type JiraCaller = { kind: 'user'; accountId: string } | { kind: 'app' };

/** A Jira REST answer: status, JSON body (absent for 204) and headers. */
export type JiraAnswer = { status: number; body?: unknown; headers?: Record<string, string> };

/** A parsed request as the handlers see it. */
export interface JiraRequest {
  readonly site: DemoSite;
  readonly actor: Actor;
  readonly method: string;
  /** Decoded path parameters named in the route pattern (":issueIdOrKey" -> "issueIdOrKey"). */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
}

/** A route handler. */
export type JiraHandler = (request: JiraRequest) => JiraAnswer;

/** Jira's message for an issue that does not exist or that the user cannot see. */
export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

const JSON_HEADERS = { 'content-type': 'application/json;charset=UTF-8' };

/** A 2xx answer with a JSON body. */
export function jsonAnswer(body: unknown, status = 200): JiraAnswer {
  return { status, body, headers: { ...JSON_HEADERS } };
}

/** A 2xx answer without a body (204 No Content, or 200/201 for property writes). */
export function emptyAnswer(status = 204): JiraAnswer {
  return { status, headers: {} };
}

/** An error answer with Jira's `{ errorMessages, errors }` body. */
export function errorAnswer(status: number, ...messages: string[]): JiraAnswer {
  return jsonAnswer({ errorMessages: messages, errors: {} }, status);
}

/** 404 for an issue the caller cannot see or that does not exist. */
export function issueNotFound(): JiraAnswer {
  return errorAnswer(404, ISSUE_NOT_FOUND);
}

/**
 * Reads a non-negative integer query parameter.
 * @returns the default when absent, or an error answer when malformed.
 */
export function readIntParam(
  query: URLSearchParams,
  name: string,
  defaultValue: number,
): number | JiraAnswer {
  const raw = query.get(name);
  if (raw === null || raw === '') return defaultValue;
  if (!/^\d+$/.test(raw)) return errorAnswer(400, `The '${name}' parameter must be a number.`);

  return Number(raw);
}

/** Splits a comma-separated, possibly repeated query parameter ("a,b&x=c") into trimmed items. */
export function readListParam(query: URLSearchParams, name: string): string[] | undefined {
  const raw = query.getAll(name);
  if (raw.length === 0) return undefined;

  return raw
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Type guard for a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep copy of JSON data, so answers never share objects with the site. */
export function copyJson<T>(value: T): T {
  return structuredClone(value);
}
