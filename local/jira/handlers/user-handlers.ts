import { hasGlobalPermission } from '../access';
import { errorAnswer, jsonAnswer, readListParam } from '../http';
import type { JiraAnswer, JiraRequest } from '../http';
import { userJson, userRefJson } from '../site-json';
import { findUser } from '../site-lookup';

const USER_NOT_FOUND = 'Specified user does not exist or you do not have required permissions';

/** GET /rest/api/3/myself: the calling user, or the app's system user for `asApp()`. */
export function getMyself({ site, actor, query }: JiraRequest): JiraAnswer {
  const accountId = actor.kind === 'app' ? site.appAccountId : actor.user.accountId;
  const user = findUser(site, accountId);
  if (!user) return errorAnswer(404, USER_NOT_FOUND);

  return jsonAnswer(userJson(site, user, readListParam(query, 'expand')));
}

/** GET /rest/api/3/user?accountId=: any user, for callers with "Browse users and groups". */
export function getUser({ site, actor, query }: JiraRequest): JiraAnswer {
  const accountId = query.get('accountId');
  if (!accountId) return errorAnswer(400, "The 'accountId' query parameter is required.");
  const user = findUser(site, accountId);
  if (!user || !hasGlobalPermission(site, actor, 'USER_PICKER')) {
    return errorAnswer(404, USER_NOT_FOUND);
  }

  return jsonAnswer(userJson(site, user, readListParam(query, 'expand')));
}

/** Most account ids Jira answers in one page of `/user/bulk`. */
const BULK_PAGE = 200;

/**
 * GET /rest/api/3/user/bulk?accountId=…: a page of the named users (unknown ids left out), for
 * callers with "Browse users and groups"; others get an empty page, as Jira answers them.
 */
export function getUsersBulk({ site, actor, query }: JiraRequest): JiraAnswer {
  const ids = query.getAll('accountId').filter(Boolean);
  if (ids.length === 0) return errorAnswer(400, "The 'accountId' query parameter is required.");
  const visible = hasGlobalPermission(site, actor, 'USER_PICKER');
  const users = visible
    ? ids.slice(0, BULK_PAGE).flatMap((id) => {
        const user = findUser(site, id);
        return user ? [userRefJson(site, user)] : [];
      })
    : [];

  return jsonAnswer({
    startAt: 0,
    maxResults: BULK_PAGE,
    total: users.length,
    isLast: true,
    values: users,
  });
}
