import { act, renderHook, waitFor } from '@testing-library/react';

import { useAsync } from '../../../static/common/src/hooks/useAsync';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });

  return { promise, resolve };
}

describe('useAsync', () => {
  it('moves from loading to ready with the loaded data', async () => {
    const { result } = renderHook(() => useAsync(() => Promise.resolve('data')));

    expect(result.current.state).toStrictEqual({ status: 'loading' });
    await waitFor(() =>
      expect(result.current.state).toStrictEqual({
        status: 'ready',
        data: 'data',
        isRefreshing: false,
      }),
    );
  });

  it('keeps the latest response when an earlier one arrives late', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const load = jest.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const { result } = renderHook(() => useAsync<string>(load));

    const reloading = act(async () => {
      const reload = result.current.reload();
      second.resolve('new');
      first.resolve('old');
      await reload;
    });
    await reloading;

    expect(result.current.state).toStrictEqual({
      status: 'ready',
      data: 'new',
      isRefreshing: false,
    });
  });

  it('reports a failed load as an error state', async () => {
    const failure = new Error('down');

    const { result } = renderHook(() => useAsync(() => Promise.reject(failure)));

    await waitFor(() =>
      expect(result.current.state).toStrictEqual({ status: 'error', error: failure }),
    );
  });
});
