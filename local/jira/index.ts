/** The local host's Jira Cloud REST stand-in and its seeded demo site. */
export { JiraStandIn } from './jira-stand-in';
export type { JiraAnswer, JiraCaller } from './http';
export {
  DEMO_APP_ACCOUNT_ID,
  DEMO_PROJECT_IDS,
  DEMO_ROLE_IDS,
  DEMO_SITE_URL,
  DEMO_USERS,
  createDemoSite,
} from './demo-site';
export type { DemoUserName } from './demo-site';
export type * from './site-types';
export { JqlError, matchesJql, parseJql } from './jql';
export type { JqlIssue, JqlQuery } from './jql';
