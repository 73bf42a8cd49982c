import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { token } from '@atlaskit/tokens';
import type { AuditEventDto, CategoryDto, CostEntryDto } from '@shared/contract';
import { useMemo } from 'react';

import { useAppContext } from '../../../common/src/app-context';
import {
  actionLabel,
  actorLabel,
  changeLines,
  formatDateTime,
  snapshotText,
} from '../../../common/src/audit/audit-format';
import type { AuditFormatOptions } from '../../../common/src/audit/audit-format';
import { AuditChanges } from '../../../common/src/components/audit/AuditChanges';
import { formatMoneySafely } from '../../../common/src/components/FormattedMoney';
import { LoadError } from '../../../common/src/components/LoadError';
import { LoadingState } from '../../../common/src/components/LoadingState';
import { formatCalendarDate } from '../../../common/src/format-date';
import { usePeopleNames } from '../../../common/src/hooks/usePeopleNames';
import { peopleNames } from '../api';
import { useEntryHistory } from '../hooks/useEntryHistory';

type Props = {
  readonly entry: CostEntryDto;
  readonly categories: readonly CategoryDto[];
  readonly onClose: () => void;
};

/** The recorded changes of one cost entry, newest first: when, who and what changed. */
export default function EntryHistoryModal({ entry, categories, onClose }: Props) {
  const { locale } = useAppContext();
  const { state, reload } = useEntryHistory(entry.id);
  const title = `History of the ${formatMoneySafely(entry.amount, locale)} cost on ${formatCalendarDate(entry.incurredOn, locale)}`;

  return (
    <Modal onClose={onClose} width="medium" label={title}>
      <ModalHeader>
        <ModalTitle>History</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <p style={{ marginTop: 0, color: token('color.text.subtle') }}>{title}</p>
        {state.status === 'loading' && <LoadingState label="Loading history" />}
        {state.status === 'error' && (
          <LoadError
            title="Couldn't load the history"
            error={state.error}
            onRetry={() => void reload()}
          />
        )}
        {state.status === 'ready' &&
          (state.data.events.length === 0 ? (
            <p style={{ color: token('color.text.subtlest') }}>
              No changes have been recorded for this cost.
            </p>
          ) : (
            <HistoryList events={state.data.events} entry={entry} categories={categories} />
          ))}
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose} autoFocus>
          Close
        </Button>
      </ModalFooter>
    </Modal>
  );
}

function HistoryList({
  events,
  entry,
  categories,
}: {
  readonly events: readonly AuditEventDto[];
  readonly entry: CostEntryDto;
  readonly categories: readonly CategoryDto[];
}) {
  const { locale, timezone, accountId } = useAppContext();
  const names = usePeopleNames(
    events.map((event) => event.actor),
    peopleNames,
  );
  const options: AuditFormatOptions = useMemo(
    () => ({
      locale,
      categoryNames: new Map(categories.map((c) => [c.id, c.name])),
      fallbackCurrency: entry.amount.currency,
    }),
    [locale, categories, entry.amount.currency],
  );

  return (
    <ol
      aria-label="Changes, newest first"
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.150') }}
    >
      {events.map((event) => {
        const deleted = event.action === 'entry.deleted' ? snapshotText(event, options) : undefined;
        return (
          <li
            key={event.id}
            style={{
              margin: 0,
              paddingBottom: token('space.150'),
              borderBottom: `${token('border.width')} solid ${token('color.border')}`,
              display: 'grid',
              gap: token('space.050'),
            }}
          >
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100') }}>
              <span style={{ fontWeight: token('font.weight.semibold') }}>
                {actionLabel(event.action)}
              </span>
              <time dateTime={event.at} style={{ color: token('color.text.subtle') }}>
                {formatDateTime(event.at, locale, timezone)}
              </time>
              <span style={{ color: token('color.text.subtle') }} title={event.actor}>
                {`by ${actorLabel(event.actor, accountId, names)}`}
              </span>
            </div>
            {deleted && <span style={{ font: token('font.body.small') }}>{`Was ${deleted}`}</span>}
            <AuditChanges lines={changeLines(event, options)} />
          </li>
        );
      })}
    </ol>
  );
}
