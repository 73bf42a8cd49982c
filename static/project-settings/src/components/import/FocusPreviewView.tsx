import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { CategoryDto } from '@shared/contract';
import type { FocusAmount, FocusRowNote } from '@shared/focus/focus-aggregator';
import { describeFocusRule, DEFAULT_RULE_ID } from '@shared/focus/focus-rules';
import type { FocusFilePreview } from '@shared/focus/read-focus-csv';
import type { FocusMappingDto } from '@shared/focus-contract';

import { useAppContext } from '../../../../common/src/app-context';
import { formatMoneySafely } from '../../../../common/src/components/FormattedMoney';
import { countText } from '../../../../common/src/count-text';

type Props = {
  readonly preview: FocusFilePreview;
  readonly mapping: FocusMappingDto;
  readonly categories: readonly CategoryDto[];
};

/** Groups listed at most; the rest is summarised (totals always cover every group). */
const MAX_LISTED_GROUPS = 100;

const cell = {
  padding: `${token('space.050')} ${token('space.100')}`,
  textAlign: 'start',
} as const;
const numeric = { ...cell, textAlign: 'end', fontVariantNumeric: 'tabular-nums' } as const;

/** What the import would record: totals, rows caught per rule, notes and the entries per group. */
export function FocusPreviewView({ preview, mapping, categories }: Props) {
  const { locale } = useAppContext();
  const money = (amounts: readonly FocusAmount[]) =>
    amounts
      .map((a) => formatMoneySafely({ amount: a.amountMinor, currency: a.currency }, locale))
      .join(', ') || '–';
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const rules = new Map(mapping.rules.map((r, i) => [r.id, `${i + 1}. ${describeFocusRule(r)}`]));
  const listed = preview.groups.slice(0, MAX_LISTED_GROUPS);
  const bills = preview.sources.map(
    (s) => `${s.providerName || 'unknown provider'} ${s.billingPeriod}`,
  );

  return (
    <section
      aria-labelledby="focus-preview-heading"
      style={{ display: 'grid', gap: token('space.150') }}
    >
      <Heading size="small" as="h3" id="focus-preview-heading">
        Preview
      </Heading>
      <p style={{ margin: 0 }}>
        {`${countText(preview.rowCount, 'row', 'rows', locale)} (FOCUS ${preview.version}) become ` +
          `${countText(preview.groups.length, 'cost entry', 'cost entries', locale)} in ${mapping.costBasis}: ` +
          `${money(preview.totals)}. Bills: ${bills.join(', ') || 'none'}.`}
      </p>
      {preview.notes.map((n) => (
        <NoteMessage key={`${n.severity}-${n.reason}`} note={n} />
      ))}
      <table aria-label="Rows caught per rule" style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>Rule</th>
            <th style={numeric}>Rows</th>
            <th style={numeric}>Amount</th>
          </tr>
        </thead>
        <tbody>
          {preview.ruleHits.map((hit) => (
            <tr key={hit.ruleId}>
              <td style={cell}>
                {hit.ruleId === DEFAULT_RULE_ID
                  ? 'Default issue'
                  : (rules.get(hit.ruleId) ?? hit.ruleId)}
              </td>
              <td style={numeric}>{hit.rows.toLocaleString(locale)}</td>
              <td style={numeric}>{money(hit.amounts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label="Cost entries to record" style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>Issue</th>
            <th style={cell}>Category</th>
            <th style={cell}>Month</th>
            <th style={cell}>Bill</th>
            <th style={numeric}>Rows</th>
            <th style={numeric}>Amount</th>
          </tr>
        </thead>
        <tbody>
          {listed.map((g) => (
            <tr
              key={[
                g.source.providerName,
                g.source.billingAccountId,
                g.source.billingPeriod,
                g.issueKey,
                g.categoryId,
                g.month,
                g.currency,
              ].join('|')}
            >
              <td style={cell}>{g.issueKey}</td>
              <td style={cell}>{names.get(g.categoryId) ?? g.categoryId}</td>
              <td style={cell}>{g.month}</td>
              <td style={cell}>{`${g.source.providerName} ${g.source.billingPeriod}`}</td>
              <td style={numeric}>{g.rowCount.toLocaleString(locale)}</td>
              <td style={numeric}>{money([g])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.groups.length > listed.length && (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>
          {`…and ${(preview.groups.length - listed.length).toLocaleString(locale)} more entries.`}
        </p>
      )}
    </section>
  );
}

const APPEARANCE = { problem: 'error', skipped: 'warning', warning: 'information' } as const;
const PREFIX = { problem: 'Blocks the import', skipped: 'Left out', warning: 'Note' } as const;

function NoteMessage({ note }: { readonly note: FocusRowNote }) {
  const rows = note.rows === 1 ? '1 row' : `${note.rows} rows`;
  const lines =
    note.firstLines.length > 0
      ? ` (line ${note.firstLines.join(', ')}${note.rows > note.firstLines.length ? ', …' : ''})`
      : '';

  return (
    <SectionMessage
      appearance={APPEARANCE[note.severity]}
      title={`${PREFIX[note.severity]}: ${note.reason}`}
    >
      <p>{`${rows}${lines}.${note.example ? ` ${note.example}` : ''}`}</p>
    </SectionMessage>
  );
}
