import { token } from '@atlaskit/tokens';

import { VisuallyHidden } from '../../../common/src/components/VisuallyHidden';

const ROWS = 3;

/** Placeholder rows shaped like the totals and the table while the panel loads. */
export function PanelSkeleton() {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <VisuallyHidden>Loading costs…</VisuallyHidden>
      <div aria-hidden="true" style={{ display: 'grid', gap: token('space.100') }}>
        <Bar width="40%" height="1.5rem" />
        {Array.from({ length: ROWS }, (_, i) => (
          <Bar key={i} width="100%" height="2rem" />
        ))}
      </div>
    </div>
  );
}

function Bar({ width, height }: { readonly width: string; readonly height: string }) {
  return (
    <div
      style={{
        width,
        height,
        borderRadius: token('radius.small'),
        backgroundColor: token('color.skeleton'),
      }}
    />
  );
}
