import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';

type Props = {
  readonly canEdit: boolean;
  readonly onAdd: () => void;
};

/** No entries yet: invites the first one, or explains that there is nothing to see. */
export function EmptyEntries({ canEdit, onAdd }: Props) {
  return (
    <EmptyState
      header="No costs recorded yet"
      headingLevel={3}
      headingSize="xsmall"
      width="narrow"
      description={
        canEdit
          ? 'Record what this issue cost or is expected to cost, in any currency.'
          : 'Nobody has recorded a cost on this issue yet.'
      }
      primaryAction={
        canEdit ? (
          <Button appearance="primary" onClick={onAdd}>
            Add the first cost
          </Button>
        ) : undefined
      }
    />
  );
}
