import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { AggregateDriftDto, CategoryDto } from '@shared/contract';

import { useAppContext } from '../../../../common/src/app-context';
import { formatMoneySafely } from '../../../../common/src/components/FormattedMoney';
import { formatMonth } from '../../../../common/src/format-date';
import { useReconcile } from '../../hooks/useReconcile';

type Props = { readonly categories: readonly CategoryDto[] };

/**
 * Checks the project's stored month totals against a recount of its entries, lists the ones
 * that drifted, and rewrites them on request.
 */
export function ReconcileSection({ categories }: Props) {
  const { state, check, repair } = useReconcile();
  const { result, running } = state;
  const drifted = result?.drifted ?? [];

  return (
    <section
      aria-labelledby="reconcile-heading"
      style={{ display: 'grid', gap: token('space.150') }}
    >
      <Heading size="small" as="h3" id="reconcile-heading">
        Aggregate check
      </Heading>
      <p style={{ margin: 0, color: token('color.text.subtle') }}>
        Totals, charts and key results read stored monthly sums. Check that they still match the
        cost entries, and repair them if they drifted.
      </p>
      <div style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
        <Button
          onClick={() => void check()}
          isLoading={running === 'check'}
          isDisabled={running !== 'none'}
        >
          Check aggregates
        </Button>
        {result && !result.repaired && drifted.length > 0 && (
          <Button
            appearance="warning"
            onClick={() => void repair()}
            isLoading={running === 'repair'}
            isDisabled={running !== 'none'}
          >
            Repair
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {result && <ReconcileResult {...result} drifted={drifted} categories={categories} />}
      </div>
    </section>
  );
}

function ReconcileResult({
  checked,
  drifted,
  repaired,
  categories,
}: {
  readonly checked: number;
  readonly drifted: readonly AggregateDriftDto[];
  readonly repaired: boolean;
  readonly categories: readonly CategoryDto[];
}) {
  const { locale } = useAppContext();
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const count = drifted.length;
  const aggregates = (n: number) => `${n} ${n === 1 ? 'aggregate' : 'aggregates'}`;

  if (count === 0) {
    return (
      <SectionMessage appearance="success" title="No drift">
        <p>{`Checked ${aggregates(checked)}; all match the cost entries.`}</p>
      </SectionMessage>
    );
  }

  return (
    <SectionMessage
      appearance={repaired ? 'success' : 'warning'}
      title={repaired ? `Repaired ${aggregates(count)}` : `${aggregates(count)} drifted`}
    >
      <p>
        {repaired
          ? `Checked ${aggregates(checked)}; the drifted ones now match the cost entries.`
          : `Checked ${aggregates(checked)}; ${count} differ from a recount of the entries.`}
      </p>
      <ul aria-label="Drifted aggregates" style={{ paddingInlineStart: token('space.250') }}>
        {drifted.map((drift) => (
          <li key={`${drift.month}-${drift.categoryId}`}>
            {`${formatMonth(drift.month, locale)}, ${names.get(drift.categoryId) ?? drift.categoryId}: `}
            {cellTexts(drift, locale).join('; ')}
          </li>
        ))}
      </ul>
    </SectionMessage>
  );
}

/** "USD actual: stored $90.00, expected $100.00" for each cell that differs. */
function cellTexts(drift: AggregateDriftDto, locale: string): string[] {
  const keys = [...new Set([...Object.keys(drift.stored), ...Object.keys(drift.expected)])].sort();

  return keys
    .filter((key) => drift.stored[key] !== drift.expected[key])
    .map((key) => {
      const [currency = key, kind = ''] = key.split('|');
      const money = (value: string | undefined) =>
        formatMoneySafely({ amount: Number(value ?? '0'), currency }, locale);
      return `${currency} ${kind}: stored ${money(drift.stored[key])}, expected ${money(drift.expected[key])}`;
    });
}
