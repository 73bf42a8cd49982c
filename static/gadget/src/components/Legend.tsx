import { token } from '@atlaskit/tokens';

/** The colours used for actual and planned spend in the gadget's charts. */
export const SERIES_COLORS = {
  actual: token('color.chart.brand'),
  planned: token('color.chart.neutral'),
} as const;

/** Explains the bar colours; hidden from screen readers, which read the figures as text. */
export function Legend() {
  return (
    <div
      aria-hidden="true"
      style={{
        display: 'flex',
        gap: token('space.200'),
        color: token('color.text.subtle'),
        font: token('font.body.small'),
      }}
    >
      <Swatch color={SERIES_COLORS.actual} label="Actual" />
      <Swatch color={SERIES_COLORS.planned} label="Planned" />
    </div>
  );
}

function Swatch({ color, label }: { readonly color: string; readonly label: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050') }}>
      <span
        style={{
          width: '0.75rem',
          height: '0.75rem',
          borderRadius: token('radius.xsmall'),
          backgroundColor: color,
        }}
      />
      {label}
    </span>
  );
}
