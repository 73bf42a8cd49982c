import { JiraApiError } from '../platform/errors';

type JiraResponse = { ok: boolean; status: number; json(): Promise<unknown> };

/**
 * The JSON body of a Jira response; undefined for 404 (missing, or not visible to the user).
 * @throws {JiraApiError} on any other non-2xx answer or a network failure, so checks deny.
 */
export async function fetchJson<T>(request: Promise<JiraResponse>): Promise<T | undefined> {
  let response: JiraResponse;
  try {
    response = await request;
  } catch (error) {
    throw new JiraApiError('Jira could not be reached.', { cause: error });
  }
  if (response.status === 404) return undefined;
  if (!response.ok) throw new JiraApiError(`Jira answered ${response.status}.`);

  // The caller names the shape it reads and guards every field it uses.
  return (await response.json()) as T;
}
