import { GADGET_PERIODS } from '@shared/contract';
import type { GadgetConfig, GadgetPeriod } from '@shared/contract';

export type GadgetLayout = NonNullable<GadgetConfig['layout']>;

/** The layout of a gadget whose configuration names none. */
export const DEFAULT_LAYOUT: GadgetLayout = 'charts';

/**
 * The gadget's saved configuration from Forge's context. Dashboard editors can store anything
 * there, so every field is checked and anything unexpected is dropped.
 */
export function readGadgetConfig(extension: Readonly<Record<string, unknown>>): GadgetConfig {
  const raw = extension.gadgetConfiguration;
  if (typeof raw !== 'object' || raw === null) return {};
  const { projectId, layout, objectiveIds, period } = raw as Record<string, unknown>;
  const ids = Array.isArray(objectiveIds)
    ? objectiveIds.filter((id): id is string => typeof id === 'string' && id !== '')
    : [];

  return {
    ...(typeof projectId === 'string' && projectId !== '' ? { projectId } : {}),
    ...(layout === 'compact' || layout === 'charts' ? { layout } : {}),
    ...(ids.length > 0 ? { objectiveIds: ids } : {}),
    ...(isGadgetPeriod(period) ? { period } : {}),
  };
}

function isGadgetPeriod(value: unknown): value is GadgetPeriod {
  return GADGET_PERIODS.some((period) => period === value);
}

/** Whether Jira opened the gadget's edit (configuration) view rather than its view. */
export function isEditMode(extension: Readonly<Record<string, unknown>>): boolean {
  return extension.entryPoint === 'edit';
}
