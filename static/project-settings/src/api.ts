import { invoke } from '@forge/bridge';
import type {
  DeleteRateRequest,
  SaveRateRequest,
  SettingsLoadResponse,
  UpdateCostSettingsRequest,
} from '@shared/contract';
import { SETTINGS_KEYS } from '@shared/resolver-keys';

import { toApiError, unwrapResult } from '../../common/src/api-error';

/**
 * Request and response types of the resolver keys the cost settings call (the objectives keys
 * join this map with the OKR editor). The contract gives these writes no response type, so
 * their data is not read: the page reloads `settings/load` after each.
 */
type SettingsCalls = {
  [SETTINGS_KEYS.load]: { request: Record<string, never>; response: SettingsLoadResponse };
  [SETTINGS_KEYS.updateCostSettings]: { request: UpdateCostSettingsRequest; response: unknown };
  [SETTINGS_KEYS.saveRate]: { request: SaveRateRequest; response: unknown };
  [SETTINGS_KEYS.deleteRate]: { request: DeleteRateRequest; response: unknown };
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
