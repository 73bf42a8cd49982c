import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import type { CostEntryDto } from '@shared/contract';
import { useState } from 'react';

import { useAppContext } from '../../../common/src/app-context';
import { formatMoneySafely } from '../../../common/src/components/FormattedMoney';
import { formatCalendarDate } from '../../../common/src/format-date';

type Props = {
  readonly entry: CostEntryDto;
  readonly onConfirm: () => Promise<unknown>;
  readonly onClose: () => void;
};

/** Asks before deleting an entry; focus starts on Cancel, the safe choice, and Escape cancels. */
export default function DeleteEntryModal({ entry, onConfirm, onClose }: Props) {
  const { locale } = useAppContext();
  const [isDeleting, setIsDeleting] = useState(false);
  const amount = formatMoneySafely(entry.amount, locale);
  const date = formatCalendarDate(entry.incurredOn, locale);
  const recurring = entry.recurrence.frequency !== 'none';

  const confirm = async () => {
    setIsDeleting(true);
    try {
      await onConfirm();
    } finally {
      setIsDeleting(false);
    }
  };

  return (
    <Modal onClose={onClose} width="small">
      <ModalHeader>
        <ModalTitle appearance="danger">Delete this cost?</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <p>
          {`The ${entry.kind} cost of ${amount} on ${date}`}
          {recurring ? ', with all its monthly repeats,' : ''}
          {' will be removed from this issue and from every total.'}
        </p>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose} autoFocus>
          Cancel
        </Button>
        <Button appearance="danger" onClick={() => void confirm()} isLoading={isDeleting}>
          Delete
        </Button>
      </ModalFooter>
    </Modal>
  );
}
