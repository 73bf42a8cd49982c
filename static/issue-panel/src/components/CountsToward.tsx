import { token } from '@atlaskit/tokens';
import type { FedKeyResultDto } from '@shared/okr-contract';

import { VisuallyHidden } from '../../../common/src/components/VisuallyHidden';

/**
 * The key results this costs count toward, as "objective → key result". Renders
 * nothing when there are none, so issues outside any objective stay uncluttered.
 */
export function CountsToward({ keyResults }: { readonly keyResults: readonly FedKeyResultDto[] }) {
  if (keyResults.length === 0) return null;

  return (
    <section
      aria-labelledby="counts-toward-heading"
      style={{ display: 'grid', gap: token('space.050') }}
    >
      <h3
        id="counts-toward-heading"
        style={{
          margin: 0,
          font: token('font.heading.xxsmall'),
          color: token('color.text.subtle'),
        }}
      >
        Counts toward
      </h3>
      <ul
        style={{
          listStyle: 'none',
          margin: 0,
          padding: 0,
          display: 'grid',
          gap: token('space.025'),
        }}
      >
        {keyResults.map((kr) => (
          <li key={`${kr.objectiveId}/${kr.keyResultId}`} style={{ margin: 0 }}>
            <span style={{ color: token('color.text.subtle') }}>{kr.objectiveTitle}</span>
            <span aria-hidden="true" style={{ color: token('color.text.subtlest') }}>
              {' → '}
            </span>
            <VisuallyHidden>{': '}</VisuallyHidden>
            <span>{kr.keyResultTitle}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
