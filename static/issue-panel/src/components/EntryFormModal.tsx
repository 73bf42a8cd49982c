import Button from '@atlaskit/button/new';
import Form from '@atlaskit/form';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import type { CategoryDto, CostEntryDto, CostEntryInput } from '@shared/contract';
import { useMemo, useRef } from 'react';

import { useAppContext } from '../../../common/src/app-context';
import { todayInTimeZone } from '../../../common/src/format-date';
import { initialFormValues, validateEntryForm } from '../entry-form';
import type { EntryFormErrors, EntryFormValues } from '../entry-form';
import type { SaveOutcome } from '../hooks/usePanel';

import { EntryFormFields } from './EntryFormFields';

type Props = {
  /** The entry to edit; absent to add a new one. */
  readonly entry?: CostEntryDto;
  readonly categories: readonly CategoryDto[];
  readonly defaultCurrency: string;
  readonly currenciesInUse: readonly string[];
  readonly onSubmit: (input: CostEntryInput) => Promise<SaveOutcome>;
  readonly onClose: () => void;
};

/**
 * The add / edit dialog. Focus starts in the amount field and Escape cancels. Problems show
 * next to their fields, whether found here or by the server; the dialog stays open when a save
 * fails so the user can retry (a retried create reuses its id).
 */
export default function EntryFormModal(props: Props) {
  const { entry, categories, defaultCurrency, currenciesInUse, onSubmit, onClose } = props;
  const { locale, timezone } = useAppContext();
  const amountRef = useRef<HTMLInputElement>(null);
  const initial = useMemo(
    () =>
      initialFormValues(entry, {
        locale,
        currency: defaultCurrency,
        today: todayInTimeZone(timezone),
        categories,
      }),
    [entry, locale, defaultCurrency, timezone, categories],
  );
  const title = entry ? 'Edit cost' : 'Add cost';

  const submit = async (values: EntryFormValues): Promise<EntryFormErrors | undefined> => {
    const checked = validateEntryForm(values, { locale, categories, editing: entry });
    if (!checked.ok) return checked.errors;
    const outcome = await onSubmit(checked.input);

    return outcome.status === 'invalid' ? outcome.errors : undefined;
  };

  return (
    <Modal onClose={onClose} autoFocus={amountRef} width="medium" shouldScrollInViewport>
      <Form<EntryFormValues> onSubmit={submit}>
        {({ formProps, submitting }) => (
          <form {...formProps} noValidate aria-label={title}>
            <ModalHeader hasCloseButton>
              <ModalTitle>{title}</ModalTitle>
            </ModalHeader>
            <ModalBody>
              <EntryFormFields
                initial={initial}
                categories={categories}
                editing={entry}
                currenciesInUse={currenciesInUse}
                amountRef={amountRef}
              />
            </ModalBody>
            <ModalFooter>
              <Button appearance="subtle" onClick={onClose}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit" isLoading={submitting}>
                {entry ? 'Save' : 'Add'}
              </Button>
            </ModalFooter>
          </form>
        )}
      </Form>
    </Modal>
  );
}
