import type { GadgetProjectsResponse } from '@shared/contract';

import { useAsync } from '../../../common/src/hooks/useAsync';
import type { AsyncResource } from '../../../common/src/hooks/useAsync';
import { listProjects } from '../api';

/** The projects offered in the gadget's settings (one `gadget/list-projects` call). */
export function useProjects(): AsyncResource<GadgetProjectsResponse> {
  return useAsync(listProjects);
}
