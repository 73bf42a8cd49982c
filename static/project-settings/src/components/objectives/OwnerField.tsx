import { token } from '@atlaskit/tokens';

import { PlainButton } from '../../../../common/src/components/PlainButton';

type Props = {
  readonly ownerAccountId: string;
  readonly accountId: string | undefined;
  readonly error: string | undefined;
  readonly onTakeOver: () => void;
};

/**
 * Who owns the objective: "You", or another user with a button to take it over.
 * Limitation: the contract has no display names and no user search, so another owner shows
 * as an account id and cannot be picked; a users resolver would allow a proper user picker.
 */
export function OwnerField(props: Props) {
  const isMe = props.ownerAccountId === props.accountId;

  return (
    <div style={{ display: 'grid', gap: token('space.050') }}>
      <span
        style={{
          font: token('font.body.small'),
          fontWeight: token('font.weight.semibold'),
          color: token('color.text.subtle'),
        }}
      >
        Owner
      </span>
      <div
        style={{ display: 'flex', gap: token('space.150'), alignItems: 'center', flexWrap: 'wrap' }}
      >
        <span>{isMe ? 'You' : `Another user (account ${props.ownerAccountId})`}</span>
        {!isMe && props.accountId && (
          <PlainButton onClick={props.onTakeOver}>Make me the owner</PlainButton>
        )}
      </div>
      {props.error && <span style={{ color: token('color.text.danger') }}>{props.error}</span>}
    </div>
  );
}
