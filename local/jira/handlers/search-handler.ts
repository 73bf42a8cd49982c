import { canBrowseIssue, canBrowseProject } from '../access';
import { errorAnswer, jsonAnswer } from '../http';
import type { JiraAnswer, JiraRequest } from '../http';
import { isIdOnly, issueJson, parseFieldSelection } from '../issue-json';
import type { FieldSelection } from '../issue-json';
import { JqlError, checkJqlValues, matchesJql, parseJql, sortByJqlOrder } from '../jql';
import type { JqlQuery } from '../jql';
import { jqlCatalog, toJqlIssue } from '../jql-site';
import { decodePageToken, encodePageToken } from './page-token';
import { readSearchInput } from './search-input';
import type { SearchInput } from './search-input';

const DEFAULT_PAGE_SIZE = 50;
// Jira pages up to 5000 issues when only ids or keys are asked for, fewer with more fields.
const MAX_PAGE_SIZE_IDS = 5000;
const MAX_PAGE_SIZE_FIELDS = 100;
// Without ORDER BY the newest issues come first.
const DEFAULT_ORDER = [{ field: 'created', direction: 'DESC' }] as const;
const UNBOUNDED =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

/**
 * GET and POST /rest/api/3/search/jql (enhanced search): issues the caller can browse that match
 * the JQL, paged by an opaque `nextPageToken`. Without `fields` each issue is `{ id }` only.
 */
export function searchJql(request: JiraRequest): JiraAnswer {
  const input = readSearchInput(request);
  if ('status' in input) return input;
  const query = parseQuery(input.jql);
  if ('status' in query) return query;
  if (!query.where) return errorAnswer(400, UNBOUNDED);
  const offset = input.nextPageToken ? decodePageToken(input.nextPageToken, input.jql) : 0;
  if (offset === undefined) return errorAnswer(400, 'The provided next page token is invalid.');

  const { site, actor } = request;
  const visibleIssues = site.issues.filter((issue) => canBrowseIssue(site, actor, issue));
  const visibleProjects = site.projects.filter((project) => canBrowseProject(site, actor, project));
  const valueProblem = checkValues(
    query,
    input.jql,
    jqlCatalog(site, visibleProjects, visibleIssues),
  );
  if (valueProblem) return valueProblem;
  const matching = visibleIssues
    .map((issue) => ({ ...toJqlIssue(site, issue), siteIssue: issue }))
    .filter((view) => matchesJql(query, view));
  const sorted = sortByJqlOrder(matching, query.orderBy, DEFAULT_ORDER);
  const selection = parseFieldSelection(input.fields, { mode: 'only', include: new Set(['id']) });
  const properties = input.properties ?? [];
  const page = sorted.slice(offset, offset + pageSize(input, selection));
  const nextOffset = offset + page.length;
  const isLast = nextOffset >= sorted.length;

  return jsonAnswer({
    issues: page.map(({ siteIssue }) =>
      isIdOnly(selection) && properties.length === 0
        ? { id: siteIssue.id }
        : issueJson(site, siteIssue, selection, properties),
    ),
    ...(isLast ? {} : { nextPageToken: encodePageToken(nextOffset, input.jql) }),
    isLast,
  });
}

function parseQuery(jql: string): JqlQuery | JiraAnswer {
  try {
    return parseJql(jql);
  } catch (error: unknown) {
    if (error instanceof JqlError) return errorAnswer(400, error.message);
    throw error;
  }
}

function checkValues(...args: Parameters<typeof checkJqlValues>): JiraAnswer | undefined {
  try {
    checkJqlValues(...args);
    return undefined;
  } catch (error: unknown) {
    if (error instanceof JqlError) return errorAnswer(400, error.message);
    throw error;
  }
}

function pageSize(input: SearchInput, selection: FieldSelection): number {
  const light =
    selection.mode === 'only' &&
    [...selection.include].every((name) => name === 'id' || name === 'key') &&
    !input.properties?.length;
  const limit = light ? MAX_PAGE_SIZE_IDS : MAX_PAGE_SIZE_FIELDS;

  return Math.max(1, Math.min(input.maxResults ?? DEFAULT_PAGE_SIZE, limit));
}
