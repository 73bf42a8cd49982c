import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';

/** A centred spinner announced to screen readers with what is loading. */
export function LoadingState({ label }: { readonly label: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ display: 'flex', justifyContent: 'center', padding: token('space.300') }}
    >
      <Spinner size="medium" label={label} />
    </div>
  );
}
