import { invoke } from '@forge/bridge';
import type {
  AuditListRequest,
  AuditListResponse,
  DeleteRateRequest,
  PeopleRequest,
  PeopleResponse,
  ReconcileRequest,
  ReconcileResponse,
  SaveRateRequest,
  SettingsLoadResponse,
  UpdateCostSettingsRequest,
} from '@shared/contract';
import type {
  DeleteRateSeriesRequest,
  ExportEntriesResponse,
  ImportEntriesRequest,
  ImportEntriesResponse,
  ImportRatesRequest,
  ImportRatesResponse,
  ListRateSeriesResponse,
} from '@shared/csv-contract';
import type {
  CommitFocusImportRequest,
  CommitFocusImportResponse,
  FocusImportLoadResponse,
  FocusMappingDto,
  SaveFocusMappingRequest,
  StageFocusBatchRequest,
  StageFocusBatchResponse,
} from '@shared/focus-contract';
import type {
  DeleteLabourRateRequest,
  LabourLoadResponse,
  LabourRatesResponse,
  LabourSyncResponse,
  SaveLabourRateRequest,
} from '@shared/labour-contract';
import type {
  CheckInRequest,
  ContributionsRequest,
  ContributionsResponse,
  DeleteObjectiveRequest,
  KeyResultView,
  ObjectiveView,
  ObjectivesResponse,
  PreviewKeyResultRequest,
  SaveObjectiveRequest,
} from '@shared/okr-contract';
import { SETTINGS_KEYS } from '@shared/resolver-keys';

import { toApiError, unwrapResult } from '../../common/src/api-error';

/**
 * Request and response types of the settings page's resolver keys. The cost settings writes
 * have no response type in the contract, so their data is not read: the page reloads
 * `settings/load` after each.
 */
type SettingsCalls = {
  [SETTINGS_KEYS.people]: { request: PeopleRequest; response: PeopleResponse };
  [SETTINGS_KEYS.load]: { request: Record<string, never>; response: SettingsLoadResponse };
  [SETTINGS_KEYS.updateCostSettings]: { request: UpdateCostSettingsRequest; response: unknown };
  [SETTINGS_KEYS.saveRate]: { request: SaveRateRequest; response: unknown };
  [SETTINGS_KEYS.deleteRate]: { request: DeleteRateRequest; response: unknown };
  [SETTINGS_KEYS.listObjectives]: { request: Record<string, never>; response: ObjectivesResponse };
  [SETTINGS_KEYS.saveObjective]: { request: SaveObjectiveRequest; response: ObjectiveView };
  [SETTINGS_KEYS.deleteObjective]: { request: DeleteObjectiveRequest; response: unknown };
  [SETTINGS_KEYS.checkIn]: { request: CheckInRequest; response: ObjectiveView };
  [SETTINGS_KEYS.previewKeyResult]: { request: PreviewKeyResultRequest; response: KeyResultView };
  [SETTINGS_KEYS.listAudit]: { request: AuditListRequest; response: AuditListResponse };
  [SETTINGS_KEYS.contributions]: { request: ContributionsRequest; response: ContributionsResponse };
  [SETTINGS_KEYS.reconcile]: { request: ReconcileRequest; response: ReconcileResponse };
  [SETTINGS_KEYS.loadLabour]: { request: Record<string, never>; response: LabourLoadResponse };
  [SETTINGS_KEYS.saveLabourRate]: { request: SaveLabourRateRequest; response: LabourRatesResponse };
  [SETTINGS_KEYS.deleteLabourRate]: {
    request: DeleteLabourRateRequest;
    response: LabourRatesResponse;
  };
  [SETTINGS_KEYS.startLabourBackfill]: {
    request: Record<string, never>;
    response: LabourSyncResponse;
  };
  [SETTINGS_KEYS.labourStatus]: { request: Record<string, never>; response: LabourSyncResponse };
  [SETTINGS_KEYS.focusLoad]: { request: Record<string, never>; response: FocusImportLoadResponse };
  [SETTINGS_KEYS.focusSaveMapping]: { request: SaveFocusMappingRequest; response: FocusMappingDto };
  [SETTINGS_KEYS.focusStage]: {
    request: StageFocusBatchRequest;
    response: StageFocusBatchResponse;
  };
  [SETTINGS_KEYS.focusCommit]: {
    request: CommitFocusImportRequest;
    response: CommitFocusImportResponse;
  };
  [SETTINGS_KEYS.importRates]: { request: ImportRatesRequest; response: ImportRatesResponse };
  [SETTINGS_KEYS.listRateSeries]: {
    request: Record<string, never>;
    response: ListRateSeriesResponse;
  };
  [SETTINGS_KEYS.deleteRateSeries]: {
    request: DeleteRateSeriesRequest;
    response: ListRateSeriesResponse;
  };
  [SETTINGS_KEYS.exportEntries]: {
    request: Record<string, never>;
    response: ExportEntriesResponse;
  };
  [SETTINGS_KEYS.importEntries]: { request: ImportEntriesRequest; response: ImportEntriesResponse };
};

/** The only caller of invoke() on the settings page: data on success, ApiError otherwise. */
async function call<K extends keyof SettingsCalls>(
  key: K,
  payload: SettingsCalls[K]['request'],
): Promise<SettingsCalls[K]['response']> {
  let response: unknown;
  try {
    response = await invoke(key, payload);
  } catch (error: unknown) {
    throw toApiError(error);
  }

  return unwrapResult<SettingsCalls[K]['response']>(response);
}

/** The project's cost settings, exchange rates and roles; the project comes from the context. */
export function loadSettings(): Promise<SettingsLoadResponse> {
  return call(SETTINGS_KEYS.load, {});
}

export async function updateCostSettings(request: UpdateCostSettingsRequest): Promise<void> {
  await call(SETTINGS_KEYS.updateCostSettings, request);
}

export async function saveRate(request: SaveRateRequest): Promise<void> {
  await call(SETTINGS_KEYS.saveRate, request);
}

export async function deleteRate(request: DeleteRateRequest): Promise<void> {
  await call(SETTINGS_KEYS.deleteRate, request);
}

/** Every objective of the project (drafts and archived ones too) with live key result values. */
export function listObjectives(): Promise<ObjectivesResponse> {
  return call(SETTINGS_KEYS.listObjectives, {});
}

/** Creates (version 0) or updates an objective; CONFLICT when someone saved it meanwhile. */
export function saveObjective(request: SaveObjectiveRequest): Promise<ObjectiveView> {
  return call(SETTINGS_KEYS.saveObjective, request);
}

export async function deleteObjective(request: DeleteObjectiveRequest): Promise<void> {
  await call(SETTINGS_KEYS.deleteObjective, request);
}

/** Records a check-in on a manual key result. */
export function checkIn(request: CheckInRequest): Promise<ObjectiveView> {
  return call(SETTINGS_KEYS.checkIn, request);
}

/** Evaluates an unsaved key result against the recorded costs, for the editor's preview. */
export function previewKeyResult(request: PreviewKeyResultRequest): Promise<KeyResultView> {
  return call(SETTINGS_KEYS.previewKeyResult, request);
}

/** A page (50 events) of the project's audit trail, newest first; `cursor` continues it. */
export function listAudit(request: AuditListRequest): Promise<AuditListResponse> {
  return call(SETTINGS_KEYS.listAudit, request);
}

/** The issues whose costs make up a cost key result's current value. */
export function keyResultContributions(
  request: ContributionsRequest,
): Promise<ContributionsResponse> {
  return call(SETTINGS_KEYS.contributions, request);
}

/** Recounts the month aggregates; `repair: true` rewrites the ones that drifted. */
export function reconcileCosts(request: ReconcileRequest): Promise<ReconcileResponse> {
  return call(SETTINGS_KEYS.reconcile, request);
}

/** The project's labour rates and the state of its labour recomputation (admins only). */
export function loadLabour(): Promise<LabourLoadResponse> {
  return call(SETTINGS_KEYS.loadLabour, {});
}

/** Adds or replaces a labour rate; labour from its date on is recomputed in the background. */
export function saveLabourRate(request: SaveLabourRateRequest): Promise<LabourRatesResponse> {
  return call(SETTINGS_KEYS.saveLabourRate, request);
}

export function deleteLabourRate(request: DeleteLabourRateRequest): Promise<LabourRatesResponse> {
  return call(SETTINGS_KEYS.deleteLabourRate, request);
}

/** Starts recomputing labour from every existing worklog of the project. */
export function startLabourBackfill(): Promise<LabourSyncResponse> {
  return call(SETTINGS_KEYS.startLabourBackfill, {});
}

/** The recomputation's progress, polled while it runs. */
export function labourStatus(): Promise<LabourSyncResponse> {
  return call(SETTINGS_KEYS.labourStatus, {});
}

/** The remembered FOCUS import mapping and the project key. */
export function loadFocusImport(): Promise<FocusImportLoadResponse> {
  return call(SETTINGS_KEYS.focusLoad, {});
}

/** Remembers the FOCUS mapping rules, default issue and cost basis. */
export function saveFocusMapping(request: SaveFocusMappingRequest): Promise<FocusMappingDto> {
  return call(SETTINGS_KEYS.focusSaveMapping, request);
}

/** Sends one batch (at most 200 groups) of an import run; resending a batch overwrites it. */
export function stageFocusBatch(request: StageFocusBatchRequest): Promise<StageFocusBatchResponse> {
  return call(SETTINGS_KEYS.focusStage, request);
}

/** Applies a staged run; call again while the answer is not `done`. */
export function commitFocusImport(
  request: CommitFocusImportRequest,
): Promise<CommitFocusImportResponse> {
  return call(SETTINGS_KEYS.focusCommit, request);
}

/** One batch of an exchange-rate import (see toImportBatches). */
export function importRates(request: ImportRatesRequest): Promise<ImportRatesResponse> {
  return call(SETTINGS_KEYS.importRates, request);
}

/** The imported currency pairs of the project. */
export function listRateSeries(): Promise<ListRateSeriesResponse> {
  return call(SETTINGS_KEYS.listRateSeries, {});
}

/** Removes every imported rate of a pair. */
export function deleteRateSeries(
  request: DeleteRateSeriesRequest,
): Promise<ListRateSeriesResponse> {
  return call(SETTINGS_KEYS.deleteRateSeries, request);
}

/** Every cost entry of the project, oldest first, for a CSV export. */
export function exportEntries(): Promise<ExportEntriesResponse> {
  return call(SETTINGS_KEYS.exportEntries, {});
}

/** Checks (`dryRun`) or writes one batch of a cost CSV import. */
export function importEntries(request: ImportEntriesRequest): Promise<ImportEntriesResponse> {
  return call(SETTINGS_KEYS.importEntries, request);
}

/** Display names of people (labour rates, owners), as the admin may see them in Jira. */
export function peopleNames(accountIds: readonly string[]): Promise<PeopleResponse> {
  return call(SETTINGS_KEYS.people, { accountIds });
}
