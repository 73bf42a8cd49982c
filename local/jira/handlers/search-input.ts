import { errorAnswer, isRecord, readIntParam, readListParam } from '../http';
import type { JiraAnswer, JiraRequest } from '../http';

/** The parameters of an enhanced JQL search, from the query string (GET) or the body (POST). */
export interface SearchInput {
  readonly jql: string;
  readonly fields?: readonly string[];
  readonly properties?: readonly string[];
  readonly maxResults?: number;
  readonly nextPageToken?: string;
}

const INVALID_PAYLOAD =
  'Invalid request payload. Refer to the REST API documentation and try again.';

/** Reads search parameters; an error answer for malformed ones. */
export function readSearchInput({ method, query, body }: JiraRequest): SearchInput | JiraAnswer {
  if (method === 'GET') return readQuery(query);
  if (!isRecord(body)) return errorAnswer(400, INVALID_PAYLOAD);
  const { jql, fields, properties, maxResults, nextPageToken } = body;
  const valid =
    (jql === undefined || typeof jql === 'string') &&
    isOptionalStrings(fields) &&
    isOptionalStrings(properties) &&
    (maxResults === undefined || Number.isInteger(maxResults)) &&
    (nextPageToken === undefined || nextPageToken === null || typeof nextPageToken === 'string');
  if (!valid) return errorAnswer(400, INVALID_PAYLOAD);

  return {
    jql: typeof jql === 'string' ? jql : '',
    ...(Array.isArray(fields) ? { fields: splitItems(fields) } : {}),
    ...(Array.isArray(properties) ? { properties: splitItems(properties) } : {}),
    ...(typeof maxResults === 'number' ? { maxResults } : {}),
    ...(typeof nextPageToken === 'string' ? { nextPageToken } : {}),
  };
}

function readQuery(query: URLSearchParams): SearchInput | JiraAnswer {
  const maxResults = readIntParam(query, 'maxResults', -1);
  if (typeof maxResults !== 'number') return maxResults;
  const fields = readListParam(query, 'fields');
  const properties = readListParam(query, 'properties');
  const nextPageToken = query.get('nextPageToken');

  return {
    jql: query.get('jql') ?? '',
    ...(fields ? { fields } : {}),
    ...(properties ? { properties } : {}),
    ...(maxResults >= 0 ? { maxResults } : {}),
    ...(nextPageToken ? { nextPageToken } : {}),
  };
}

function isOptionalStrings(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

// Jira accepts both ["a", "b"] and ["a,b"] in list parameters.
function splitItems(items: readonly string[]): string[] {
  return items
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}
