import { invoke } from '@forge/bridge';
import type {
  CreateEntryRequest,
  DeleteEntryRequest,
  DeleteEntryResponse,
  EntryHistoryRequest,
  EntryHistoryResponse,
  EntryResponse,
  PanelLoadResponse,
  PeopleRequest,
  PeopleResponse,
  UpdateEntryRequest,
} from '@shared/contract';
import { PANEL_KEYS } from '@shared/resolver-keys';

import { toApiError, unwrapResult } from '../../common/src/api-error';

/** Request and response types of the resolver keys the issue panel calls. */
type PanelCalls = {
  [PANEL_KEYS.load]: { request: Record<string, never>; response: PanelLoadResponse };
  [PANEL_KEYS.createEntry]: { request: CreateEntryRequest; response: EntryResponse };
  [PANEL_KEYS.updateEntry]: { request: UpdateEntryRequest; response: EntryResponse };
  [PANEL_KEYS.deleteEntry]: { request: DeleteEntryRequest; response: DeleteEntryResponse };
  [PANEL_KEYS.entryHistory]: { request: EntryHistoryRequest; response: EntryHistoryResponse };
  [PANEL_KEYS.people]: { request: PeopleRequest; response: PeopleResponse };
};

/** The only caller of invoke() in the issue panel: data on success, ApiError otherwise. */
async function call<K extends keyof PanelCalls>(
  key: K,
  payload: PanelCalls[K]['request'],
): Promise<PanelCalls[K]['response']> {
  let response: unknown;
  try {
    response = await invoke(key, payload);
  } catch (error: unknown) {
    throw toApiError(error);
  }

  return unwrapResult<PanelCalls[K]['response']>(response);
}

/** Everything the panel shows, in one call: the issue is taken from the module's context. */
export function loadPanel(): Promise<PanelLoadResponse> {
  return call(PANEL_KEYS.load, {});
}

export function createEntry(request: CreateEntryRequest): Promise<EntryResponse> {
  return call(PANEL_KEYS.createEntry, request);
}

export function updateEntry(request: UpdateEntryRequest): Promise<EntryResponse> {
  return call(PANEL_KEYS.updateEntry, request);
}

export function deleteEntry(request: DeleteEntryRequest): Promise<DeleteEntryResponse> {
  return call(PANEL_KEYS.deleteEntry, request);
}

/** The recorded changes of one entry, newest first. */
export function entryHistory(request: EntryHistoryRequest): Promise<EntryHistoryResponse> {
  return call(PANEL_KEYS.entryHistory, request);
}

/** Display names of the people behind the entries, as the viewer may see them in Jira. */
export function peopleNames(accountIds: readonly string[]): Promise<PeopleResponse> {
  return call(PANEL_KEYS.people, { accountIds });
}
