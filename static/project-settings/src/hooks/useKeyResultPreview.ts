import type { KeyResultDto, KeyResultView, PeriodSpecDto } from '@shared/okr-contract';
import { useEffect, useRef, useState } from 'react';

import { errorMessage } from '../../../common/src/api-error';
import * as api from '../api';

/** The live preview of a key result being edited. */
export type PreviewState =
  | { readonly status: 'incomplete' }
  | { readonly status: 'loading'; readonly last: KeyResultView | undefined }
  | { readonly status: 'ready'; readonly view: KeyResultView }
  | { readonly status: 'error'; readonly message: string };

/** How long typing must pause before the preview is asked for, so each keystroke isn't a call. */
export const PREVIEW_DEBOUNCE_MS = 600;

/**
 * Evaluates an unsaved key result against the recorded costs (`key-results/preview`) once the
 * user stops typing. `request` is undefined while the key result or period is incomplete.
 * Only the latest answer is shown; an older, slower one is dropped.
 */
export function useKeyResultPreview(
  request: { readonly period: PeriodSpecDto; readonly keyResult: KeyResultDto } | undefined,
): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'incomplete' });
  // The request's content, not its identity, decides whether to ask again.
  const key = request ? JSON.stringify(request) : undefined;
  const latest = useRef(request);
  latest.current = request;

  useEffect(() => {
    if (!key) {
      setState({ status: 'incomplete' });
      return undefined;
    }
    let isCurrent = true;
    setState((current) => ({
      status: 'loading',
      last:
        current.status === 'ready'
          ? current.view
          : current.status === 'loading'
            ? current.last
            : undefined,
    }));
    const timer = setTimeout(() => {
      // A changed request changes the key, which clears this timer: `latest` matches `key`.
      const payload = latest.current;
      if (!payload) return;
      api
        .previewKeyResult(payload)
        .then((view) => {
          if (isCurrent) setState({ status: 'ready', view });
        })
        .catch((error: unknown) => {
          if (isCurrent) setState({ status: 'error', message: errorMessage(error) });
        });
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [key]);

  return state;
}
