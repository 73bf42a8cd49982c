import { view } from '@forge/bridge';
import type { GadgetConfig } from '@shared/contract';
import { useCallback, useState } from 'react';

import { showErrorFlag } from '../../../common/src/flags';

export type GadgetEditor = {
  readonly isSaving: boolean;
  /** Stores the configuration with Jira, which then shows the gadget's view. */
  readonly save: (config: GadgetConfig) => Promise<void>;
  /** Leaves the edit view without saving. */
  readonly cancel: () => Promise<void>;
};

/** Saving or dismissing the gadget's configuration through Jira (view.submit / view.close). */
export function useGadgetEditor(): GadgetEditor {
  const [isSaving, setIsSaving] = useState(false);

  const save = useCallback(async (config: GadgetConfig) => {
    setIsSaving(true);
    try {
      await view.submit({ ...config });
    } catch (error: unknown) {
      showErrorFlag("Couldn't save the gadget settings", error);
    } finally {
      setIsSaving(false);
    }
  }, []);

  const cancel = useCallback(async () => {
    try {
      await view.close();
    } catch (error: unknown) {
      showErrorFlag("Couldn't close the gadget settings", error);
    }
  }, []);

  return { isSaving, save, cancel };
}
