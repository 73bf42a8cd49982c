import type { GadgetConfig } from '@shared/contract';

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
  const { projectId, layout } = raw as Record<string, unknown>;

  return {
    ...(typeof projectId === 'string' && projectId !== '' ? { projectId } : {}),
    ...(layout === 'compact' || layout === 'charts' ? { layout } : {}),
  };
}

/** Whether Jira opened the gadget's edit (configuration) view rather than its view. */
export function isEditMode(extension: Readonly<Record<string, unknown>>): boolean {
  return extension.entryPoint === 'edit';
}
