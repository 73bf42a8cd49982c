import type { PeopleResponse } from '@shared/contract';
import { useEffect, useState } from 'react';

const NONE: Readonly<Record<string, string>> = {};

/**
 * Display names of the given people, fetched once per distinct set of ids after the view has
 * drawn (one resolver call). Until they arrive, or when the call fails, the map is empty and
 * views fall back to "You" or "Unknown user": names are a courtesy, never a reason to fail.
 */
export function usePeopleNames(
  accountIds: readonly string[],
  fetchNames: (accountIds: readonly string[]) => Promise<PeopleResponse>,
): Readonly<Record<string, string>> {
  const [names, setNames] = useState<Readonly<Record<string, string>>>(NONE);
  const wanted = [...new Set(accountIds)].sort().slice(0, 200);
  const key = wanted.join(',');

  useEffect(() => {
    if (key === '') return undefined;
    let current = true;
    fetchNames(key.split(','))
      .then((answer) => {
        if (current) setNames(answer.names);
      })
      .catch(() => undefined);

    return () => {
      current = false;
    };
    // The ids are compared as one string, so a new array with the same ids fetches nothing.
  }, [key]);

  return names;
}
