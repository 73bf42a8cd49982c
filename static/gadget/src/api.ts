import { invoke } from '@forge/bridge';
import type {
  GadgetLoadResponse,
  GadgetObjectivesResponse,
  GadgetProjectsResponse,
} from '@shared/contract';
import type { ContributionsRequest, ContributionsResponse } from '@shared/okr-contract';
import { GADGET_KEYS } from '@shared/resolver-keys';

import { toApiError, unwrapResult } from '../../common/src/api-error';

/**
 * Request and response types of the gadget's resolver keys. The resolver reads the gadget's
 * configuration (its project) from its own context and checks it there.
 */
type GadgetCalls = {
  [GADGET_KEYS.load]: { request: Record<string, never>; response: GadgetLoadResponse };
  [GADGET_KEYS.listProjects]: { request: Record<string, never>; response: GadgetProjectsResponse };
  [GADGET_KEYS.listObjectives]: {
    request: { projectId: string };
    response: GadgetObjectivesResponse;
  };
  [GADGET_KEYS.contributions]: { request: ContributionsRequest; response: ContributionsResponse };
};

/** The only caller of invoke() in the gadget: data on success, ApiError otherwise. */
async function call<K extends keyof GadgetCalls>(
  key: K,
  payload: GadgetCalls[K]['request'],
): Promise<GadgetCalls[K]['response']> {
  let response: unknown;
  try {
    response = await invoke(key, payload);
  } catch (error: unknown) {
    throw toApiError(error);
  }

  return unwrapResult<GadgetCalls[K]['response']>(response);
}

/** The configured project's totals, monthly trend and category breakdown, or 'unconfigured'. */
export function loadGadget(): Promise<GadgetLoadResponse> {
  return call(GADGET_KEYS.load, {});
}

/** The projects the user may pick in the gadget's settings. */
export function listProjects(): Promise<GadgetProjectsResponse> {
  return call(GADGET_KEYS.listProjects, {});
}

/** The objectives of a project the user may show in the gadget (active and closed). */
export function listObjectives(projectId: string): Promise<GadgetObjectivesResponse> {
  return call(GADGET_KEYS.listObjectives, { projectId });
}

/** The issues whose costs make up a cost key result of the gadget's project. */
export function keyResultContributions(
  request: ContributionsRequest,
): Promise<ContributionsResponse> {
  return call(GADGET_KEYS.contributions, request);
}
