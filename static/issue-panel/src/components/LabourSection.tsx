import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { CategoryDto, CostEntryDto } from '@shared/contract';

import { useAppContext } from '../../../common/src/app-context';
import { formatMoneySafely } from '../../../common/src/components/FormattedMoney';

import { EntriesTable } from './EntriesTable';

type Props = {
  readonly entries: readonly CostEntryDto[];
  readonly categories: readonly CategoryDto[];
  readonly authorNames: Readonly<Record<string, string>>;
  readonly onHistory: (entry: CostEntryDto) => void;
};

/**
 * Labour derived from the worklogs, apart from direct costs: its total per currency and
 * its entries, read-only (they follow the worklogs and the project's rates).
 */
export function LabourSection({ entries, categories, authorNames, onHistory }: Props) {
  const { locale } = useAppContext();
  const totals = new Map<string, number>();
  for (const entry of entries) {
    const { currency, amount } = entry.amount;
    totals.set(currency, (totals.get(currency) ?? 0) + amount);
  }
  const totalText = [...totals]
    .map(([currency, amount]) => formatMoneySafely({ amount, currency }, locale))
    .join(' + ');

  return (
    <section aria-labelledby="labour-heading" style={{ display: 'grid', gap: token('space.100') }}>
      <Heading size="small" as="h3" id="labour-heading">
        {`Labour from worklogs: ${totalText}`}
      </Heading>
      <EntriesTable
        entries={entries}
        categories={categories}
        authorNames={authorNames}
        canEdit={false}
        onEdit={() => undefined}
        onDelete={() => undefined}
        onHistory={onHistory}
        caption="Labour entries"
      />
    </section>
  );
}
