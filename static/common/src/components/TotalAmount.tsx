import { token } from '@atlaskit/tokens';
import type { KindTotals } from '@shared/contract';

import { FormattedMoney, isBoundedSum } from './FormattedMoney';

/**
 * One sum of a totals row. A sum the back end bounded (past ±(2^53 − 1) minor units) is not
 * shown as a figure, which would be wrong, but as "Too large to show".
 */
export function TotalAmount({
  totals,
  kind,
}: {
  readonly totals: KindTotals;
  readonly kind: 'actual' | 'planned';
}) {
  const amount = totals[kind];
  if (isBoundedSum(amount, totals.beyondRange)) {
    return (
      <span
        title="The sum is beyond what can be shown exactly; check the amounts of the entries."
        style={{ color: token('color.text.warning') }}
      >
        Too large to show
      </span>
    );
  }

  return <FormattedMoney money={{ amount, currency: totals.currency }} />;
}
