import type { CategoryDto } from '@shared/contract';
import type { SaveObjectiveRequest } from '@shared/okr-contract';
import { useState } from 'react';

import { NO_ERRORS } from '../objectives/form-errors';
import type { FieldErrors } from '../objectives/form-errors';
import { suggestTitle } from '../objectives/key-result-templates';
import type { DraftContext, KeyResultDraft, ObjectiveDraft } from '../objectives/objective-draft';
import { toSaveObjectiveRequest } from '../objectives/objective-request';
import type { PeriodDraft } from '../objectives/period-dates';

type ObjectiveFields = Pick<ObjectiveDraft, 'title' | 'description' | 'ownerAccountId' | 'status'>;

export type ObjectiveEditor = {
  readonly draft: ObjectiveDraft;
  /** Problems by field path: the client's once a save was tried, and the server's last ones. */
  readonly errors: FieldErrors;
  readonly setFields: (changes: Partial<ObjectiveFields>) => void;
  readonly setPeriod: (changes: Partial<PeriodDraft>) => void;
  readonly updateKeyResult: (index: number, changes: Partial<KeyResultDraft>) => void;
  readonly addKeyResult: (keyResult: KeyResultDraft) => void;
  readonly removeKeyResult: (index: number) => void;
  /** The request to send, or undefined (with the problems shown) when the draft is not valid. */
  readonly validRequest: () => SaveObjectiveRequest | undefined;
  readonly showServerErrors: (errors: FieldErrors) => void;
};

/**
 * The objective editor's state. A cost key result whose title the user has not written keeps
 * a suggested title that follows its fields. Server messages for a part of the form are
 * dropped as soon as that part changes.
 */
export function useObjectiveEditor(
  initial: ObjectiveDraft,
  context: DraftContext,
  categories: readonly CategoryDto[],
): ObjectiveEditor {
  const [draft, setDraft] = useState(initial);
  const [wasSubmitted, setWasSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>(NO_ERRORS);
  const checked = wasSubmitted ? toSaveObjectiveRequest(draft, context) : undefined;
  const clientErrors = checked && !checked.ok ? checked.errors : NO_ERRORS;
  const dropServerErrors = (prefix: string) =>
    setServerErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(
          ([path]) => path !== prefix && !path.startsWith(`${prefix}.`),
        ),
      ),
    );
  const withTitle = (keyResult: KeyResultDraft): KeyResultDraft =>
    keyResult.type === 'cost' && keyResult.autoTitle
      ? { ...keyResult, title: suggestTitle(keyResult, categories, context) }
      : keyResult;

  return {
    draft,
    errors: { ...serverErrors, ...clientErrors },
    setFields: (changes) => {
      setDraft((current) => ({ ...current, ...changes }));
      Object.keys(changes).forEach(dropServerErrors);
    },
    setPeriod: (changes) => {
      setDraft((current) => ({ ...current, period: { ...current.period, ...changes } }));
      dropServerErrors('period');
    },
    updateKeyResult: (index, changes) => {
      setDraft((current) => ({
        ...current,
        keyResults: current.keyResults.map((kr, i) => {
          if (i !== index) return kr;
          const typed =
            'title' in changes && kr.type === 'cost' ? { autoTitle: changes.title === '' } : {};
          // The patch holds fields of the key result's own type; the editor never switches type.
          return withTitle({ ...kr, ...changes, ...typed } as KeyResultDraft);
        }),
      }));
      dropServerErrors(`keyResults.${index}`);
    },
    addKeyResult: (keyResult) => {
      setDraft((current) => ({
        ...current,
        keyResults: [...current.keyResults, withTitle(keyResult)],
      }));
    },
    removeKeyResult: (index) => {
      setDraft((current) => ({
        ...current,
        keyResults: current.keyResults.filter((_, i) => i !== index),
      }));
      // Paths of the later key results shift, so their server messages no longer match.
      setServerErrors(NO_ERRORS);
    },
    validRequest: () => {
      setWasSubmitted(true);
      const result = toSaveObjectiveRequest(draft, context);
      return result.ok ? result.value : undefined;
    },
    showServerErrors: setServerErrors,
  };
}
