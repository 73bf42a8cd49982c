import { token } from '@atlaskit/tokens';

import { PlainButton } from '../../../../common/src/components/PlainButton';
import { usePeopleNames } from '../../../../common/src/hooks/usePeopleNames';
import { peopleNames } from '../../api';

type Props = {
  readonly ownerAccountId: string;
  readonly accountId: string | undefined;
  readonly error: string | undefined;
  readonly onTakeOver: () => void;
};

/**
 * Who owns the objective: "You", or another person by their Jira name, with a button to take
 * it over. Limitation: there is no user search yet, so only the viewer can become the owner.
 */
export function OwnerField(props: Props) {
  const isMe = props.ownerAccountId === props.accountId;
  const names = usePeopleNames(isMe ? [] : [props.ownerAccountId], peopleNames);
  const ownerName = names[props.ownerAccountId];

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
        <span>{isMe ? 'You' : (ownerName ?? 'Another user')}</span>
        {!isMe && props.accountId && (
          <PlainButton onClick={props.onTakeOver}>Make me the owner</PlainButton>
        )}
      </div>
      {props.error && <span style={{ color: token('color.text.danger') }}>{props.error}</span>}
    </div>
  );
}
