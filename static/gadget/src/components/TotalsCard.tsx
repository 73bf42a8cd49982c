import Heading from '@atlaskit/heading';
import ProgressBar from '@atlaskit/progress-bar';
import { token } from '@atlaskit/tokens';
import type { TotalsDto } from '@shared/contract';

import { useAppContext } from '../../../common/src/app-context';
import { TotalAmount } from '../../../common/src/components/TotalAmount';
import { unconvertedText } from '../../../common/src/unconverted-text';

/** Actual against planned spend in the reporting currency, with the share of the plan used. */
export function TotalsCard({ totals }: { readonly totals: TotalsDto }) {
  const { locale } = useAppContext();
  const { reporting } = totals;
  // Plans usually cover some categories only; the share of plan is shown when the plan is at
  // least as large as what was spent, or the comparison would only alarm.
  const share =
    !reporting.beyondRange && reporting.planned > 0 && reporting.planned >= reporting.actual
      ? reporting.actual / reporting.planned
      : undefined;
  const percent =
    share === undefined
      ? undefined
      : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

  return (
    <section
      aria-labelledby="gadget-totals-heading"
      style={{ display: 'grid', gap: token('space.100') }}
    >
      <Heading size="xsmall" as="h3" id="gadget-totals-heading">
        {`Totals in ${reporting.currency}`}
      </Heading>
      <dl
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: token('space.300'),
          margin: 0,
          padding: 0,
        }}
      >
        <Figure label="Actual">
          <TotalAmount totals={reporting} kind="actual" />
        </Figure>
        <Figure label="Planned">
          <TotalAmount totals={reporting} kind="planned" />
        </Figure>
      </dl>
      {share !== undefined && percent !== undefined && (
        <div style={{ display: 'grid', gap: token('space.050') }}>
          <ProgressBar
            value={Math.min(Math.max(share, 0), 1)}
            appearance={share > 1 ? 'default' : 'success'}
            ariaLabel={`${percent} of the planned amount spent`}
          />
          <span
            style={{ color: share > 1 ? token('color.text.danger') : token('color.text.subtle') }}
          >
            {share > 1 ? `${percent} of plan: over the planned amount` : `${percent} of plan spent`}
          </span>
        </div>
      )}
      {reporting.unconvertedCount > 0 && (
        <p style={{ color: token('color.text.warning'), margin: 0 }}>
          {`${unconvertedText(reporting.unconvertedCount)}: not in these totals`}
        </p>
      )}
    </section>
  );
}

function Figure({
  label,
  children,
}: {
  readonly label: string;
  readonly children: React.ReactNode;
}) {
  return (
    <div>
      <dt style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>{label}</dt>
      <dd style={{ margin: 0, font: token('font.heading.medium') }}>{children}</dd>
    </div>
  );
}
