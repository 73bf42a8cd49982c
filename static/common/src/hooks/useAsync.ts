import { useCallback, useEffect, useRef, useState } from 'react';

/** The state of data loaded asynchronously; `isRefreshing` is true while a reload runs. */
export type AsyncState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: T; readonly isRefreshing: boolean };

export type AsyncResource<T> = {
  readonly state: AsyncState<T>;
  /** Loads again; keeps showing the current data meanwhile. Resolves once the load settled. */
  readonly reload: () => Promise<void>;
};

/**
 * Loads data once on mount and on every reload. Only the latest load may update the state, so
 * a slow earlier response can never overwrite a newer one, and nothing updates after unmount.
 */
export function useAsync<T>(load: () => Promise<T>): AsyncResource<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const latestRequest = useRef(0);
  const isMounted = useRef(false);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    latestRequest.current += 1;
    const request = latestRequest.current;
    const isLatest = () => isMounted.current && request === latestRequest.current;
    setState((current) =>
      current.status === 'ready' ? { ...current, isRefreshing: true } : { status: 'loading' },
    );
    try {
      const data = await loadRef.current();
      if (isLatest()) setState({ status: 'ready', data, isRefreshing: false });
    } catch (error: unknown) {
      if (isLatest()) setState({ status: 'error', error });
    }
  }, []);

  useEffect(() => {
    isMounted.current = true;
    void reload();
    return () => {
      isMounted.current = false;
    };
  }, [reload]);

  return { state, reload };
}
