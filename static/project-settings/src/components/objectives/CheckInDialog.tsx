import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { IsoDate } from '@shared/contract';
import type { CheckInRequest, ManualKeyResultDto } from '@shared/okr-contract';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';

import { useAppContext } from '../../../../common/src/app-context';
import { DateInput } from '../../../../common/src/components/DateInput';
import { RadioGroup } from '../../../../common/src/components/RadioGroup';
import { TextArea } from '../../../../common/src/components/TextArea';
import type { WriteOutcome } from '../../hooks/useObjectives';
import { toCheckInRequest } from '../../objectives/check-in-request';
import type { CheckInDraft } from '../../objectives/check-in-request';
import { errorAt, NO_ERRORS, unclaimedErrors } from '../../objectives/form-errors';
import type { FieldErrors } from '../../objectives/form-errors';
import { OBJECTIVE_LIMITS } from '../../objectives/objective-request';

import { describedBy, FormField } from './FormField';

type Props = {
  readonly objectiveId: string;
  readonly version: number;
  readonly keyResult: ManualKeyResultDto;
  readonly today: IsoDate;
  readonly onSubmit: (request: CheckInRequest) => Promise<WriteOutcome>;
  readonly onReloadLatest: () => void;
  readonly onClose: () => void;
};

const CONFIDENCE = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
] as const;

/** Records a check-in on a manual key result: the value now, how sure, a note and the date. */
export default function CheckInDialog(props: Props) {
  const { keyResult, today } = props;
  const { locale } = useAppContext();
  const valueRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<CheckInDraft>({
    value: '',
    confidence: 'medium',
    note: '',
    date: today,
  });
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [isSaving, setIsSaving] = useState(false);
  const [hasConflict, setHasConflict] = useState(false);
  const unit =
    keyResult.unit === 'percent'
      ? 'In percent'
      : keyResult.unit === 'currency'
        ? `In ${keyResult.currency ?? ''}`
        : undefined;
  const other = unclaimedErrors(errors, (path) => /^(value|date|note|confidence)(\.|$)/.test(path));
  const update = (changes: Partial<CheckInDraft>) =>
    setDraft((current) => ({ ...current, ...changes }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = toCheckInRequest(
      draft,
      { objectiveId: props.objectiveId, version: props.version, keyResult },
      locale,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setIsSaving(true);
    const outcome = await props.onSubmit(checked.value);
    setIsSaving(false);
    if (outcome.status === 'saved') props.onClose();
    if (outcome.status === 'conflict') setHasConflict(true);
    if (outcome.status === 'invalid') setErrors(outcome.errors);
  };

  return (
    <Modal onClose={props.onClose} autoFocus={valueRef} width="small" shouldScrollInViewport>
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={`Check in on ${keyResult.title}`}
      >
        <ModalHeader hasCloseButton>
          <ModalTitle>Check in</ModalTitle>
        </ModalHeader>
        <ModalBody>
          <div style={{ display: 'grid', gap: token('space.200') }}>
            <p style={{ margin: 0, color: token('color.text.subtle') }}>{keyResult.title}</p>
            {hasConflict && (
              <div role="alert">
                <SectionMessage
                  appearance="warning"
                  actions={
                    <SectionMessageAction onClick={props.onReloadLatest}>
                      Reload
                    </SectionMessageAction>
                  }
                >
                  <p>
                    This objective was changed by someone else. Reload to see the latest, then check
                    in again.
                  </p>
                </SectionMessage>
              </div>
            )}
            {other.length > 0 && (
              <p role="alert" style={{ margin: 0, color: token('color.text.danger') }}>
                {other.join(' ')}
              </p>
            )}
            <FormField
              id="check-in-value"
              label="Value now"
              error={errorAt(errors, 'value')}
              helper={unit}
            >
              <Textfield
                id="check-in-value"
                ref={valueRef}
                inputMode="decimal"
                value={draft.value}
                onChange={(e) => update({ value: e.currentTarget.value })}
                isInvalid={errorAt(errors, 'value') !== undefined}
                aria-describedby={describedBy(
                  'check-in-value',
                  errorAt(errors, 'value'),
                  unit !== undefined,
                )}
              />
            </FormField>
            <RadioGroup
              legend="Confidence"
              name="check-in-confidence"
              options={CONFIDENCE}
              value={draft.confidence}
              onChange={(confidence) => update({ confidence })}
            />
            <FormField id="check-in-note" label="Note" error={errorAt(errors, 'note')}>
              <TextArea
                id="check-in-note"
                value={draft.note}
                onChange={(e) => update({ note: e.currentTarget.value })}
                maxLength={OBJECTIVE_LIMITS.noteLength}
                isInvalid={errorAt(errors, 'note') !== undefined}
              />
            </FormField>
            <div style={{ maxWidth: '12rem' }}>
              <FormField id="check-in-date" label="Date" error={errorAt(errors, 'date')}>
                <DateInput
                  id="check-in-date"
                  value={draft.date}
                  onChange={(e) => update({ date: e.currentTarget.value })}
                  isInvalid={errorAt(errors, 'date') !== undefined}
                  aria-describedby={describedBy('check-in-date', errorAt(errors, 'date'))}
                />
              </FormField>
            </div>
          </div>
        </ModalBody>
        <ModalFooter>
          <Button appearance="subtle" onClick={props.onClose}>
            Cancel
          </Button>
          <Button appearance="primary" type="submit" isLoading={isSaving}>
            Record check-in
          </Button>
        </ModalFooter>
      </form>
    </Modal>
  );
}
