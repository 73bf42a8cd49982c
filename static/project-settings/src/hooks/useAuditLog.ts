import type { AuditEventDto } from '@shared/contract';
import { useCallback, useEffect, useRef, useState } from 'react';

import * as api from '../api';

/** The pages loaded so far, and where the next one starts (absent on the last page). */
export type AuditLogState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly events: readonly AuditEventDto[];
      readonly cursor?: string;
      readonly isLoadingMore: boolean;
      /** Set when loading a further page failed; the loaded events stay. */
      readonly moreError?: unknown;
    };

export type AuditLogModel = {
  readonly state: AuditLogState;
  /** Loads the first page again. */
  readonly reload: () => Promise<void>;
  /** Appends the next page; does nothing without a cursor or while a page is loading. */
  readonly loadMore: () => Promise<void>;
};

/** The project's audit trail (`audit/list`), newest first, 50 events a page. */
export function useAuditLog(): AuditLogModel {
  const [state, setState] = useState<AuditLogState>({ status: 'loading' });
  const generation = useRef(0);
  const isMounted = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;

  const reload = useCallback(async () => {
    generation.current += 1;
    const current = generation.current;
    setState({ status: 'loading' });
    try {
      const page = await api.listAudit({});
      if (!isMounted.current || current !== generation.current) return;
      setState({ status: 'ready', events: page.events, cursor: page.cursor, isLoadingMore: false });
    } catch (error: unknown) {
      if (isMounted.current && current === generation.current) setState({ status: 'error', error });
    }
  }, []);

  const loadMore = useCallback(async () => {
    const before = stateRef.current;
    if (before.status !== 'ready' || before.cursor === undefined || before.isLoadingMore) return;
    const current = generation.current;
    const isCurrent = () => isMounted.current && current === generation.current;
    setState({ ...before, isLoadingMore: true, moreError: undefined });
    try {
      const page = await api.listAudit({ cursor: before.cursor });
      if (!isCurrent()) return;
      setState({
        status: 'ready',
        events: [...before.events, ...page.events],
        cursor: page.cursor,
        isLoadingMore: false,
      });
    } catch (error: unknown) {
      if (isCurrent()) setState({ ...before, isLoadingMore: false, moreError: error });
    }
  }, []);

  useEffect(() => {
    isMounted.current = true;
    void reload();
    return () => {
      isMounted.current = false;
    };
  }, [reload]);

  return { state, reload, loadMore };
}
