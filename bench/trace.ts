/** One platform call an invocation made (KVS, Jira or a queue push), as the host counts it. */
export type TracedCall = {
  readonly what: string;
  readonly bytesRead: number;
  readonly bytesWritten: number;
};

type FetchTarget = { type?: string; provider?: string; remote?: string };
type ForgeFetch = (target: FetchTarget, path: string, init?: RequestInit) => Promise<Response>;

/**
 * Runs `work` and lists every KVS and Jira call it made, in order, with the bytes the host
 * counts for it (key plus JSON value of every item set, answer body of get/query calls). It
 * wraps the runtime's `__forge_fetch__` global, so the host still counts every call as usual.
 */
export async function traceCalls(work: () => Promise<unknown>): Promise<TracedCall[]> {
  const globals = globalThis as Record<string, unknown>;
  const original = globals.__forge_fetch__ as ForgeFetch;
  const calls: TracedCall[] = [];
  const traced: ForgeFetch = async (target, path, init) => {
    const response = await original(target, path, init);
    const answer = await response.clone().text();
    calls.push(describe(target, path, init, { ok: response.ok, answer }));

    return response;
  };
  globals.__forge_fetch__ = traced;
  try {
    await work();
  } finally {
    globals.__forge_fetch__ = original;
  }

  return calls;
}

function describe(
  target: FetchTarget,
  path: string,
  init: RequestInit | undefined,
  response: { ok: boolean; answer: string },
): TracedCall {
  const bodyText = typeof init?.body === 'string' ? init.body : '';
  if (target.type !== 'kvs') {
    const as = target.provider === 'app' ? 'asApp' : 'asUser';
    const queue = path.startsWith('/webhook/queue/publish/')
      ? (JSON.parse(bodyText || '{}') as { queueName?: string }).queueName
      : undefined;
    const what =
      queue !== undefined
        ? `queue push to ${queue} (@forge/events)`
        : `Jira ${init?.method ?? 'GET'} ${path.split('?')[0] ?? path} (${as})`;
    return { what, bytesRead: 0, bytesWritten: 0 };
  }
  const operation = path.replace('/api/v1/', '');
  const written = storedBytes(path, bodyText);
  const read = /\/(get|query)$/.test(path) && response.ok ? Buffer.byteLength(response.answer) : 0;
  const outcome = response.ok ? '' : ' (not found or refused)';

  return {
    what: `KVS ${operation} ${summarise(bodyText)}${outcome}`,
    bytesRead: read,
    bytesWritten: written,
  };
}

function summarise(bodyText: string): string {
  const parsed: unknown = bodyText === '' ? {} : JSON.parse(bodyText);
  const name = (item: Record<string, unknown>) =>
    [item.entityName ?? (item.entity as Record<string, unknown> | undefined)?.entityName, item.key]
      .filter((part) => typeof part === 'string')
      .join(' ');
  if (Array.isArray(parsed)) {
    return `[${parsed.map((item) => name(item as Record<string, unknown>)).join(', ')}]`;
  }
  const body = parsed as Record<string, unknown>;
  if (Array.isArray(body.set) || Array.isArray(body.delete)) {
    // Each set with the size of its value, so a transaction's bytes can be told apart.
    const list = (kind: string, items: unknown) =>
      Array.isArray(items)
        ? items.map((item: Record<string, unknown>) => {
            const size =
              'value' in item ? ` (${Buffer.byteLength(JSON.stringify(item.value))} B value)` : '';
            return `${kind} ${name(item)}${size}`;
          })
        : [];
    return `[${[...list('set', body.set), ...list('delete', body.delete)].join(', ')}]`;
  }
  if (typeof body.indexName === 'string') {
    return `${String(body.entityName)} index ${body.indexName} ${JSON.stringify(body.partition)}`;
  }

  return name(body);
}

/** What the host counts as written: each key set plus its JSON value, without the envelope. */
function storedBytes(path: string, bodyText: string): number {
  if (!/\/(set|transaction|batch\/set)$/.test(path)) return 0;
  const body = JSON.parse(bodyText) as { set?: unknown } | unknown[];
  const items: unknown[] = Array.isArray(body) ? body : Array.isArray(body.set) ? body.set : [body];

  return items.reduce<number>((total, item) => {
    const { key = '', value } = item as { key?: string; value?: unknown };
    return total + Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value ?? null));
  }, 0);
}
