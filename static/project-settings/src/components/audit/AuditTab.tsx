import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import type { AuditEventDto, CategoryDto } from '@shared/contract';
import { useMemo } from 'react';
import type { ReactNode } from 'react';

import { errorMessage } from '../../../../common/src/api-error';
import { useAppContext } from '../../../../common/src/app-context';
import {
  actionLabel,
  actorLabel,
  changeLines,
  formatDateTime,
  labourRateOf,
  shortId,
  snapshotText,
  summaryText,
} from '../../../../common/src/audit/audit-format';
import type { AuditFormatOptions } from '../../../../common/src/audit/audit-format';
import { AuditChanges } from '../../../../common/src/components/audit/AuditChanges';
import { LoadError } from '../../../../common/src/components/LoadError';
import { LoadingState } from '../../../../common/src/components/LoadingState';
import { usePeopleNames } from '../../../../common/src/hooks/usePeopleNames';
import { peopleNames } from '../../api';
import { useAuditLog } from '../../hooks/useAuditLog';

import { ReconcileSection } from './ReconcileSection';

type Role = { readonly id: string; readonly name: string };
type Props = { readonly categories: readonly CategoryDto[]; readonly roles: readonly Role[] };

/**
 * The Audit tab: who changed which cost entry, objective, setting or rate, newest first, and
 * the check of the stored aggregates. Loaded on demand (React.lazy) the first time it opens.
 */
export default function AuditTab({ categories, roles }: Props) {
  return (
    <div style={{ display: 'grid', gap: token('space.500'), maxWidth: '60rem' }}>
      <AuditLog categories={categories} roles={roles} />
      <ReconcileSection categories={categories} />
    </div>
  );
}

function AuditLog({ categories, roles }: Props) {
  const { state, reload, loadMore } = useAuditLog();

  return (
    <section aria-labelledby="audit-heading" style={{ display: 'grid', gap: token('space.150') }}>
      <Heading size="medium" as="h2" id="audit-heading">
        Audit log
      </Heading>
      {state.status === 'loading' && <LoadingState label="Loading the audit log" />}
      {state.status === 'error' && (
        <LoadError
          title="Couldn't load the audit log"
          error={state.error}
          onRetry={() => void reload()}
        />
      )}
      {state.status === 'ready' && (
        <>
          {state.events.length === 0 ? (
            <p style={{ margin: 0, color: token('color.text.subtlest') }}>
              No changes recorded yet.
            </p>
          ) : (
            <AuditTable events={state.events} categories={categories} roles={roles} />
          )}
          {state.moreError !== undefined && (
            <p role="alert" style={{ margin: 0, color: token('color.text.danger') }}>
              {`Couldn't load more: ${errorMessage(state.moreError)}`}
            </p>
          )}
          {state.cursor !== undefined && (
            <div>
              <Button onClick={() => void loadMore()} isLoading={state.isLoadingMore}>
                Load more
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function AuditTable({
  events,
  categories,
  roles,
}: {
  readonly events: readonly AuditEventDto[];
  readonly categories: readonly CategoryDto[];
  readonly roles: readonly Role[];
}) {
  const { locale, timezone, accountId } = useAppContext();
  const names = usePeopleNames(
    events.flatMap((event) => [event.actor, ...ownersOf(event)]),
    peopleNames,
  );
  const options: AuditFormatOptions = useMemo(
    () => ({
      locale,
      categoryNames: new Map(categories.map((c) => [c.id, c.name])),
      roleNames: new Map(roles.map((r) => [r.id, r.name])),
      peopleNames: names,
    }),
    [locale, categories, roles, names],
  );

  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'start', color: token('color.text.subtle') }}>
          Changes in this project, newest first
        </caption>
        <thead>
          <tr>
            <Th>When</Th>
            <Th>Who</Th>
            <Th>Action</Th>
            <Th>Target</Th>
            <Th>Changes</Th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const deleted = snapshotText(event, options);
            return (
              <tr
                key={event.id}
                style={{ borderTop: `${token('border.width')} solid ${token('color.border')}` }}
              >
                <Td nowrap>
                  <time dateTime={event.at}>{formatDateTime(event.at, locale, timezone)}</time>
                </Td>
                <Td nowrap>
                  <span title={event.actor}>{actorLabel(event.actor, accountId, names)}</span>
                </Td>
                <Td nowrap>{actionLabel(event.action)}</Td>
                <Td>
                  <span style={{ display: 'block' }}>{targetLabel(event.target)}</span>
                  <span
                    style={{
                      color: token('color.text.subtlest'),
                      font: token('font.body.small'),
                      overflowWrap: 'anywhere',
                    }}
                  >
                    {summaryText(event, options)}
                  </span>
                </Td>
                <Td>
                  {deleted && event.action.endsWith('.deleted') && (
                    <span style={{ font: token('font.body.small') }}>{`Was ${deleted}`}</span>
                  )}
                  <AuditChanges lines={changeLines(event, options)} />
                </Td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The account ids an owner change or a labour rate names, so their names are fetched too. */
function ownersOf(event: AuditEventDto): string[] {
  const change = event.changes?.ownerAccountId;
  const owners = change ? change.filter((id): id is string => typeof id === 'string') : [];
  const labour = labourRateOf(event.summary);

  return labour && labour.person !== 'the project default' ? [...owners, labour.person] : owners;
}

/** `entry:<id>` → "Cost entry 1a2b3c4d…", `objective:<id>` → "Objective …", else as recorded. */
function targetLabel(target: string): string {
  const [kind, id] = target.split(':', 2);
  if (id === undefined)
    return kind === 'settings' ? 'Settings' : kind === 'rates' ? 'Rates' : target;
  if (kind === 'entry') return `Cost entry ${shortId(id)}`;
  if (kind === 'objective') return `Objective ${shortId(id)}`;

  return target;
}

function Th({ children }: { readonly children: ReactNode }) {
  return (
    <th
      scope="col"
      style={{
        textAlign: 'start',
        padding: token('space.075'),
        color: token('color.text.subtle'),
        font: token('font.body.small'),
        fontWeight: token('font.weight.semibold'),
      }}
    >
      {children}
    </th>
  );
}

function Td({
  children,
  nowrap = false,
}: {
  readonly children: ReactNode;
  readonly nowrap?: boolean;
}) {
  return (
    <td
      style={{
        padding: token('space.075'),
        verticalAlign: 'top',
        whiteSpace: nowrap ? 'nowrap' : undefined,
      }}
    >
      {children}
    </td>
  );
}
