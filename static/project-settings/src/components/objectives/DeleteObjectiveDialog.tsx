import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import type { ObjectiveView } from '@shared/okr-contract';
import { useState } from 'react';

type Props = {
  readonly view: ObjectiveView;
  readonly onConfirm: () => Promise<unknown>;
  readonly onClose: () => void;
};

/** Asks before deleting an objective; focus starts on Cancel, the safe choice. */
export default function DeleteObjectiveDialog({ view, onConfirm, onClose }: Props) {
  const [isDeleting, setIsDeleting] = useState(false);
  const count = view.keyResults.length;

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
        <ModalTitle appearance="danger">Delete this objective?</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <p>
          {`"${view.objective.title}" and its ${count} key result${count === 1 ? '' : 's'}, ` +
            'with every check-in, will be deleted. Recorded costs stay. To keep its history, ' +
            'archive it instead.'}
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
