import type { AccessRuleDto, CostSettingsDto } from '@shared/contract';
import { useState } from 'react';

import { newId } from '../../../common/src/ids';
import { hasErrors, validateCostSettings } from '../settings-form';
import type { CostSettingsErrors } from '../settings-form';

export type CostSettingsDraft = {
  readonly draft: CostSettingsDto;
  readonly isDirty: boolean;
  /** Shown once the user tried to save, then kept up to date as they fix things. */
  readonly errors: CostSettingsErrors;
  readonly update: (changes: Partial<CostSettingsDto>) => void;
  readonly renameCategory: (id: string, name: string) => void;
  readonly setCategoryRetired: (id: string, retired: boolean) => void;
  /** Adds a category with a client id; returns false when the name is empty. */
  readonly addCategory: (name: string) => boolean;
  readonly setAccess: (who: 'viewers' | 'editors', rule: AccessRuleDto) => void;
  /** The draft to send, or undefined (and the errors shown) when it is not valid. */
  readonly validDraft: () => CostSettingsDto | undefined;
  readonly reset: () => void;
};

/** An editable copy of the saved cost settings; the saved ones stay untouched until Save. */
export function useCostSettingsDraft(saved: CostSettingsDto): CostSettingsDraft {
  const [draft, setDraft] = useState(saved);
  const [showErrors, setShowErrors] = useState(false);
  const errors = showErrors ? validateCostSettings(draft) : {};
  const mapCategories = (
    fn: (c: CostSettingsDto['categories'][number]) => CostSettingsDto['categories'][number],
  ) => setDraft((d) => ({ ...d, categories: d.categories.map(fn) }));

  return {
    draft,
    isDirty: JSON.stringify(draft) !== JSON.stringify(saved),
    errors,
    update: (changes) => setDraft((d) => ({ ...d, ...changes })),
    renameCategory: (id, name) => mapCategories((c) => (c.id === id ? { ...c, name } : c)),
    setCategoryRetired: (id, retired) =>
      mapCategories((c) => (c.id === id ? { ...c, retired } : c)),
    addCategory: (name) => {
      if (name.trim() === '') return false;
      setDraft((d) => ({
        ...d,
        categories: [...d.categories, { id: newId(), name: name.trim(), retired: false }],
      }));
      return true;
    },
    setAccess: (who, rule) => setDraft((d) => ({ ...d, [who]: rule })),
    validDraft: () => {
      setShowErrors(true);
      if (hasErrors(validateCostSettings(draft))) return undefined;
      return { ...draft, categories: draft.categories.map((c) => ({ ...c, name: c.name.trim() })) };
    },
    reset: () => {
      setDraft(saved);
      setShowErrors(false);
    },
  };
}
