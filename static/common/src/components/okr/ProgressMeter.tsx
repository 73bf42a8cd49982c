import { token } from '@atlaskit/tokens';

/** The colour of a bar: by forecast or cap status, or plain brand when there is none. */
export type MeterTone = 'brand' | 'success' | 'warning' | 'danger';

const FILL: Readonly<Record<MeterTone, string>> = {
  brand: token('color.background.brand.bold'),
  success: token('color.background.success.bold'),
  warning: token('color.background.warning.bold'),
  danger: token('color.background.danger.bold'),
};

type Props = {
  /** Unclamped fraction (1.34 = 134%); the bar is clamped to 0-100%, the text is not. */
  readonly fraction: number;
  readonly valueText: string;
  readonly label: string;
  readonly tone?: MeterTone;
};

/**
 * A progress bar clamped to 0-100% whose accessible value is the true percentage, which may
 * be below 0% or above 100%.
 */
export function ProgressMeter({ fraction, valueText, label, tone = 'brand' }: Props) {
  const clamped = Math.min(Math.max(fraction, 0), 1);

  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(clamped * 100)}
      aria-valuetext={valueText}
      style={{
        flex: '1 1 6rem',
        minWidth: '4rem',
        height: '0.375rem',
        borderRadius: token('radius.full'),
        backgroundColor: token('color.background.neutral'),
        overflow: 'hidden',
      }}
    >
      <div
        style={{
          width: `${(clamped * 100).toFixed(1)}%`,
          height: '100%',
          backgroundColor: FILL[tone],
          borderRadius: token('radius.full'),
        }}
      />
    </div>
  );
}
