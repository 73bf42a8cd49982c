import type { CheckInRequest, KeyResultDto } from '@shared/okr-contract';

import { isIsoDate } from '../../../common/src/format-date';

import { hasFieldErrors } from './form-errors';
import { parseAmountInput, parseNumberInput } from './number-input';
import type { Checked } from './objective-request';
import { OBJECTIVE_LIMITS } from './objective-request';

/** A check-in as typed in its dialog. */
export type CheckInDraft = {
  readonly value: string;
  readonly confidence: CheckInRequest['confidence'];
  readonly note: string;
  readonly date: string;
};

/** Checks a check-in for a manual key result and builds its request. */
export function toCheckInRequest(
  draft: CheckInDraft,
  target: {
    readonly objectiveId: string;
    readonly version: number;
    readonly keyResult: Extract<KeyResultDto, { type: 'manual' }>;
  },
  locale: string,
): Checked<CheckInRequest> {
  const { keyResult } = target;
  const errors: Record<string, string> = {};
  const parsed =
    keyResult.unit === 'currency' && keyResult.currency
      ? parseAmountInput(draft.value, keyResult.currency, locale)
      : parseNumberInput(draft.value, locale);
  if (!parsed.ok) errors.value = parsed.reason;
  if (!isIsoDate(draft.date)) errors.date = 'Enter a valid check-in date.';
  if (draft.note.length > OBJECTIVE_LIMITS.noteLength)
    errors.note = `Keep the note within ${OBJECTIVE_LIMITS.noteLength} characters.`;

  if (!parsed.ok || hasFieldErrors(errors)) return { ok: false, errors };

  return {
    ok: true,
    value: {
      objectiveId: target.objectiveId,
      keyResultId: keyResult.id,
      version: target.version,
      value: parsed.value,
      confidence: draft.confidence,
      note: draft.note.trim(),
      date: draft.date,
    },
  };
}
