import { events } from '@forge/bridge';
import type { GadgetLoadResponse } from '@shared/contract';
import { useEffect } from 'react';

import { useAsync } from '../../../common/src/hooks/useAsync';
import type { AsyncResource } from '../../../common/src/hooks/useAsync';
import { loadGadget } from '../api';

type Subscription = Awaited<ReturnType<typeof events.on>>;

/** Jira's event when a user refreshes the gadget from its menu. */
export const GADGET_REFRESH_EVENT = 'JIRA_DASHBOARD_GADGET_REFRESH';

/** The gadget's data (one `gadget/load` call), reloaded whenever Jira asks for a refresh. */
export function useGadget(): AsyncResource<GadgetLoadResponse> {
  const resource = useAsync(loadGadget);
  const { reload } = resource;

  useEffect(() => {
    let subscription: Subscription | undefined;
    let isMounted = true;
    events
      .on(GADGET_REFRESH_EVENT, () => void reload())
      .then((s) => {
        if (isMounted) subscription = s;
        else s.unsubscribe();
      })
      .catch(() => {
        // Without the subscription the gadget still works; only Jira's Refresh does nothing.
      });
    return () => {
      isMounted = false;
      subscription?.unsubscribe();
    };
  }, [reload]);

  return resource;
}
