import { token } from '@atlaskit/tokens';

import type { ChangeLine } from '../../audit/audit-format';

/** The changed fields of one event: "Amount: $100.00 → $150.00", one per line. */
export function AuditChanges({ lines }: { readonly lines: readonly ChangeLine[] }) {
  if (lines.length === 0) return null;

  return (
    <ul
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        display: 'grid',
        gap: token('space.025'),
        font: token('font.body.small'),
      }}
    >
      {lines.map((line) => (
        <li key={line.field} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          <span style={{ color: token('color.text.subtle') }}>{`${line.label}: `}</span>
          {`${line.before} → `}
          <span style={{ fontWeight: token('font.weight.semibold') }}>{line.after}</span>
        </li>
      ))}
    </ul>
  );
}
