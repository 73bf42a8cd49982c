import Resolver from '@forge/resolver';

import { ValidationError } from '../platform/errors';
import { requireProjectAdmin } from '../services/access';
import { listAudit } from '../services/audit-service';
import { importEntries } from '../services/entry-import-service';
import { exportProjectEntries } from '../services/export-service';
import {
  commitFocusImport,
  loadFocusImport,
  saveFocusMapping,
  stageFocusBatch,
} from '../services/focus-import-service';
import {
  deleteLabourRate,
  labourSyncStatus,
  loadLabour,
  saveLabourRate,
  startLabourBackfill,
} from '../services/labour-service';
import {
  checkIn,
  keyResultContributionsOf,
  deleteObjective,
  listObjectives,
  previewKeyResult,
  saveObjective,
} from '../services/objective-service';
import { displayNamesOf } from '../services/people-service';
import { deleteRateSeries, importRates, listRateSeries } from '../services/rate-import-service';
import { reconcileProject } from '../services/reconcile-service';
import {
  deleteRate,
  loadSettings,
  saveRate,
  updateCostSettings,
} from '../services/settings-service';
import { SETTINGS_KEYS } from '../shared/resolver-keys';

import { defineResolver } from './define-resolver';
import type { InvocationContext } from './define-resolver';
import { labourDeps, productionDeps } from './deps';
import * as focusSchemas from './focus-schemas';
import * as schemas from './schemas';

const resolver = new Resolver();

defineResolver(resolver, SETTINGS_KEYS.load, schemas.emptyPayload, (_input, context) =>
  loadSettings(productionDeps(context.accountId), projectOf(context)),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.updateCostSettings,
  schemas.updateCostSettingsRequest,
  (input, context) =>
    updateCostSettings(productionDeps(context.accountId), projectOf(context), input),
);

defineResolver(resolver, SETTINGS_KEYS.saveRate, schemas.saveRateRequest, (input, context) =>
  saveRate(productionDeps(context.accountId), projectOf(context), input),
);

defineResolver(resolver, SETTINGS_KEYS.deleteRate, schemas.deleteRateRequest, (input, context) =>
  deleteRate(productionDeps(context.accountId), projectOf(context), input),
);

defineResolver(resolver, SETTINGS_KEYS.listObjectives, schemas.emptyPayload, (_input, context) =>
  listObjectives(productionDeps(context.accountId, context.timezone), projectOf(context), 'admin'),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.saveObjective,
  schemas.saveObjectiveRequest,
  (input, context) =>
    saveObjective(productionDeps(context.accountId, context.timezone), projectOf(context), input),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.deleteObjective,
  schemas.deleteObjectiveRequest,
  (input, context) =>
    deleteObjective(productionDeps(context.accountId, context.timezone), projectOf(context), input),
);

defineResolver(resolver, SETTINGS_KEYS.checkIn, schemas.checkInRequest, (input, context) =>
  checkIn(productionDeps(context.accountId, context.timezone), projectOf(context), input),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.previewKeyResult,
  schemas.previewKeyResultRequest,
  (input, context) =>
    previewKeyResult(
      productionDeps(context.accountId, context.timezone),
      projectOf(context),
      input,
    ),
);

defineResolver(resolver, SETTINGS_KEYS.listAudit, schemas.auditListRequest, (input, context) =>
  listAudit(productionDeps(context.accountId), projectOf(context), input.cursor),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.contributions,
  schemas.contributionsRequest,
  (input, context) =>
    keyResultContributionsOf(
      productionDeps(context.accountId, context.timezone),
      projectOf(context),
      input,
      'admin',
    ),
);

defineResolver(resolver, SETTINGS_KEYS.reconcile, schemas.reconcileRequest, (input, context) =>
  reconcileProject(productionDeps(context.accountId), projectOf(context), input),
);

defineResolver(resolver, SETTINGS_KEYS.loadLabour, schemas.emptyPayload, (_input, context) =>
  loadLabour(labourDeps(context.accountId), projectOf(context)),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.saveLabourRate,
  schemas.saveLabourRateRequest,
  (input, context) => saveLabourRate(labourDeps(context.accountId), projectOf(context), input),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.deleteLabourRate,
  schemas.deleteLabourRateRequest,
  (input, context) => deleteLabourRate(labourDeps(context.accountId), projectOf(context), input),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.startLabourBackfill,
  schemas.emptyPayload,
  (_input, context) => startLabourBackfill(labourDeps(context.accountId), projectOf(context)),
);

defineResolver(resolver, SETTINGS_KEYS.labourStatus, schemas.emptyPayload, (_input, context) =>
  labourSyncStatus(labourDeps(context.accountId), projectOf(context)),
);

defineResolver(resolver, SETTINGS_KEYS.focusLoad, schemas.emptyPayload, (_input, context) =>
  loadFocusImport(productionDeps(context.accountId), projectOf(context)),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.focusSaveMapping,
  focusSchemas.saveFocusMappingRequest,
  (input, context) =>
    saveFocusMapping(productionDeps(context.accountId), projectOf(context), input),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.focusStage,
  focusSchemas.stageFocusBatchRequest,
  (input, context) => stageFocusBatch(productionDeps(context.accountId), projectOf(context), input),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.focusCommit,
  focusSchemas.commitFocusImportRequest,
  (input, context) =>
    commitFocusImport(productionDeps(context.accountId), projectOf(context), input),
);

defineResolver(resolver, SETTINGS_KEYS.importRates, schemas.importRatesRequest, (input, context) =>
  importRates(productionDeps(context.accountId), projectOf(context), input),
);

defineResolver(resolver, SETTINGS_KEYS.listRateSeries, schemas.emptyPayload, (_input, context) =>
  listRateSeries(productionDeps(context.accountId), projectOf(context)),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.deleteRateSeries,
  schemas.deleteRateSeriesRequest,
  (input, context) =>
    deleteRateSeries(productionDeps(context.accountId), projectOf(context), input),
);

defineResolver(resolver, SETTINGS_KEYS.exportEntries, schemas.emptyPayload, (_input, context) =>
  exportProjectEntries(productionDeps(context.accountId), projectOf(context)),
);

defineResolver(
  resolver,
  SETTINGS_KEYS.importEntries,
  schemas.importEntriesRequest,
  (input, context) => importEntries(productionDeps(context.accountId), projectOf(context), input),
);

defineResolver(resolver, SETTINGS_KEYS.people, schemas.peopleRequest, async (input, context) => {
  const deps = productionDeps(context.accountId);
  await requireProjectAdmin(deps.jira, projectOf(context));

  return displayNamesOf(deps, input.accountIds);
});

/** The project settings page's resolver function (`settings-resolver`). */

/** The project settings page's resolver function (`settings-resolver`). */
export const settingsHandler = resolver.getDefinitions();

/** The project comes from the module context; every service checks admin rights with Jira. */
function projectOf(context: InvocationContext): string {
  const parsed = schemas.projectExtension.safeParse(context.extension);
  if (!parsed.success) throw new ValidationError('Open this page from a Jira project’s settings.');

  return parsed.data.project.id;
}
