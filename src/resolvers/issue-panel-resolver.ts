import Resolver from '@forge/resolver';

import { ValidationError } from '../platform/errors';
import { entryHistory } from '../services/audit-service';
import { createEntry, deleteEntry, loadPanel, updateEntry } from '../services/cost-entry-service';
import { displayNamesOf } from '../services/people-service';
import { PANEL_KEYS } from '../shared/resolver-keys';

import { defineResolver } from './define-resolver';
import type { InvocationContext } from './define-resolver';
import { productionDeps } from './deps';
import * as schemas from './schemas';

const resolver = new Resolver();

defineResolver(resolver, PANEL_KEYS.load, schemas.emptyPayload, (_input, context) =>
  loadPanel(productionDeps(context.accountId), issueOf(context)),
);

defineResolver(resolver, PANEL_KEYS.people, schemas.peopleRequest, (input, context) =>
  displayNamesOf(productionDeps(context.accountId), input.accountIds),
);

defineResolver(resolver, PANEL_KEYS.createEntry, schemas.createEntryRequest, (input, context) =>
  createEntry(productionDeps(context.accountId), issueOf(context), input),
);

defineResolver(resolver, PANEL_KEYS.updateEntry, schemas.updateEntryRequest, (input, context) =>
  updateEntry(productionDeps(context.accountId), issueOf(context), input),
);

defineResolver(resolver, PANEL_KEYS.deleteEntry, schemas.deleteEntryRequest, (input, context) =>
  deleteEntry(productionDeps(context.accountId), issueOf(context), input),
);

defineResolver(resolver, PANEL_KEYS.entryHistory, schemas.entryHistoryRequest, (input, context) =>
  entryHistory(productionDeps(context.accountId), issueOf(context).id, input.id),
);

/** The issue panel's resolver function (`issue-panel-resolver`). */
export const issuePanelHandler = resolver.getDefinitions();

/** The issue comes from the module context, never the payload; services check it with Jira. */
function issueOf(context: InvocationContext) {
  const parsed = schemas.issueExtension.safeParse(context.extension);
  if (!parsed.success) throw new ValidationError('Open this panel from a Jira issue.');

  return parsed.data.issue;
}
