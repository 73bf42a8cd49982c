import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { token } from '@atlaskit/tokens';
import { contributionsToCsvRows } from '@shared/csv-export';
import type { ContributionsResponse } from '@shared/okr-contract';
import { lazy, Suspense, useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';

import { useAppContext } from '../../app-context';
import { formatCalendarDate } from '../../format-date';
import { useAsync } from '../../hooks/useAsync';
import { formatPercent } from '../../okr/okr-format';
import { unconvertedText } from '../../unconverted-text';
import { formatMoneySafely } from '../FormattedMoney';
import { LoadError } from '../LoadError';
import { LoadingState } from '../LoadingState';
import { VisuallyHidden } from '../VisuallyHidden';

type Contribution = ContributionsResponse['issues'][number];

// The export options dialog loads only when asked for.
const ExportCsvDialog = lazy(() => import('../csv/ExportCsvDialog'));

type Props = {
  /** The key result's title, shown in the dialog's title. */
  readonly keyResultTitle: string;
  /** Loads the contributions (the app's api call); called once when the dialog opens. */
  readonly load: () => Promise<ContributionsResponse>;
  readonly onOpenIssue: (issueKey: string) => void;
  readonly onClose: () => void;
};

/**
 * The issues whose costs make up a cost key result, largest first: each issue's amount in the
 * reporting currency and share of the total, its entries on expand, and what is left out
 * (unconverted entries, issues the viewer may not browse).
 */
export default function ContributionsModal({ keyResultTitle, load, onOpenIssue, onClose }: Props) {
  const { state, reload } = useAsync(load);
  const [exporting, setExporting] = useState(false);

  return (
    <Modal onClose={onClose} width="medium" label={`Contributing issues: ${keyResultTitle}`}>
      <ModalHeader>
        <ModalTitle>Contributing issues</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <p style={{ marginTop: 0, color: token('color.text.subtle') }}>{keyResultTitle}</p>
        {state.status === 'loading' && <LoadingState label="Loading contributing issues" />}
        {state.status === 'error' && (
          <LoadError
            title="Couldn't load the contributing issues"
            error={state.error}
            onRetry={() => void reload()}
          />
        )}
        {state.status === 'ready' && (
          <ContributionsList data={state.data} onOpenIssue={onOpenIssue} />
        )}
      </ModalBody>
      <ModalFooter>
        {state.status === 'ready' && (
          <Button appearance="subtle" onClick={() => setExporting(true)}>
            Export CSV
          </Button>
        )}
        <Button appearance="subtle" onClick={onClose} autoFocus>
          Close
        </Button>
      </ModalFooter>
      {exporting && state.status === 'ready' && (
        <Suspense fallback={null}>
          <ExportCsvDialog
            title="Export contributing entries"
            fileName={`key-result-${fileSafe(keyResultTitle)}`}
            rows={(separator) => contributionsToCsvRows(state.data, separator)}
            onClose={() => setExporting(false)}
          />
        </Suspense>
      )}
    </Modal>
  );
}

export function ContributionsList({
  data,
  onOpenIssue,
}: {
  readonly data: ContributionsResponse;
  readonly onOpenIssue: (issueKey: string) => void;
}) {
  const { locale } = useAppContext();
  const money = (amount: number) => formatMoneySafely({ amount, currency: data.currency }, locale);
  const hidden = data.hiddenIssueCount ?? 0;
  const small = { color: token('color.text.subtle'), font: token('font.body.small') };

  return (
    <div style={{ display: 'grid', gap: token('space.150') }}>
      <p style={{ margin: 0 }}>
        <span style={{ color: token('color.text.subtle') }}>Total </span>
        <span style={{ fontWeight: token('font.weight.semibold') }}>{money(data.totalMinor)}</span>
      </p>
      {data.issues.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.subtlest') }}>
          {hidden > 0
            ? 'No issue you can see contributes to this key result.'
            : 'No costs count toward this key result yet.'}
        </p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <caption style={{ textAlign: 'start', ...small }}>Issues, largest first</caption>
          <thead>
            <tr>
              <HeaderCell>Issue</HeaderCell>
              <HeaderCell align="end">Amount</HeaderCell>
              <HeaderCell align="end">Share</HeaderCell>
              <HeaderCell>
                <VisuallyHidden>Entries</VisuallyHidden>
              </HeaderCell>
            </tr>
          </thead>
          <tbody>
            {data.issues.map((issue) => (
              <IssueRows
                key={issue.issueId}
                issue={issue}
                currency={data.currency}
                onOpenIssue={onOpenIssue}
              />
            ))}
          </tbody>
        </table>
      )}
      {data.unconvertedCount > 0 && (
        <p style={{ margin: 0, ...small, color: token('color.text.warning') }}>
          {`${unconvertedText(data.unconvertedCount)}, not in the total`}
        </p>
      )}
      {hidden > 0 && (
        <p style={{ margin: 0, ...small }}>
          {`${hidden} more ${hidden === 1 ? 'issue' : 'issues'} you cannot see ` +
            '(counted in the total)'}
        </p>
      )}
    </div>
  );
}

function IssueRows({
  issue,
  currency,
  onOpenIssue,
}: {
  readonly issue: Contribution;
  readonly currency: string;
  readonly onOpenIssue: (issueKey: string) => void;
}) {
  const { locale } = useAppContext();
  const [expanded, setExpanded] = useState(false);
  const entriesId = `contribution-${issue.issueId}-entries`;
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onOpenIssue(issue.issueKey);
  };
  const count = issue.entries.length;

  return (
    <>
      <tr style={{ borderTop: `${token('border.width')} solid ${token('color.border')}` }}>
        <Cell>
          <a
            href={`/browse/${issue.issueKey}`}
            onClick={open}
            style={{ color: token('color.link') }}
          >
            {issue.issueKey}
          </a>
        </Cell>
        <Cell align="end">
          {formatMoneySafely({ amount: issue.amountMinor, currency }, locale)}
        </Cell>
        <Cell align="end">{issue.share === null ? '—' : formatPercent(issue.share, locale)}</Cell>
        <Cell align="end">
          {count > 0 && (
            <Button
              spacing="compact"
              appearance="subtle"
              aria-expanded={expanded}
              aria-controls={entriesId}
              aria-label={`${expanded ? 'Hide' : 'Show'} entries of ${issue.issueKey}`}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? 'Hide entries' : `${count} ${count === 1 ? 'entry' : 'entries'}`}
            </Button>
          )}
        </Cell>
      </tr>
      {expanded && (
        <tr id={entriesId}>
          <td colSpan={4} style={{ padding: `0 0 ${token('space.100')} ${token('space.200')}` }}>
            <ul
              aria-label={`Entries of ${issue.issueKey}`}
              style={{
                listStyle: 'none',
                margin: 0,
                padding: 0,
                display: 'grid',
                gap: token('space.025'),
                font: token('font.body.small'),
              }}
            >
              {issue.entries.map((entry) => (
                <li key={`${entry.id}-${entry.date}`} style={{ margin: 0 }}>
                  {`${formatCalendarDate(entry.date, locale)}: ${formatMoneySafely(entry.amount, locale)}`}
                  {entry.amount.currency !== currency &&
                    (entry.convertedMinor === null
                      ? ' (no rate, not counted)'
                      : ` (${formatMoneySafely({ amount: entry.convertedMinor, currency }, locale)})`)}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}

function HeaderCell({
  children,
  align = 'start',
}: {
  readonly children: ReactNode;
  readonly align?: 'start' | 'end';
}) {
  return (
    <th
      scope="col"
      style={{
        textAlign: align,
        padding: token('space.050'),
        color: token('color.text.subtle'),
        font: token('font.body.small'),
        fontWeight: token('font.weight.semibold'),
      }}
    >
      {children}
    </th>
  );
}

function Cell({
  children,
  align = 'start',
}: {
  readonly children: ReactNode;
  readonly align?: 'start' | 'end';
}) {
  return (
    <td
      style={{
        textAlign: align,
        padding: token('space.050'),
        fontVariantNumeric: 'tabular-nums',
        whiteSpace: 'nowrap',
      }}
    >
      {children}
    </td>
  );
}

function fileSafe(title: string): string {
  return (
    title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'export'
  );
}
