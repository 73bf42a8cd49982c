import type { JiraStandIn } from '../jira/jira-stand-in';
import type { SqliteKvs } from '../kvs/sqlite-kvs';

import { currentInvocation, emptyCounters } from './invocation';
import type { InvocationCounters } from './invocation';

/** Faults and delays the host injects into platform calls, for tests of failure handling. */
export type FaultPlan = {
  /** Fail the Nth KVS call from now (1-based) with a 500, applying nothing. */
  failKvsCall?: number;
  /** Added to every KVS and Jira call, in milliseconds. */
  latencyMs?: number;
};

type FetchTarget = { type?: string; provider?: string; remote?: string };

/** Receives the events an app pushes to one of its async event queues. */
export type QueueListener = (queueName: string, events: ReadonlyArray<{ body: unknown }>) => void;

/**
 * Stands in for the Forge runtime at its lowest seam: the SDKs (@forge/kvs, @forge/api) call
 * `global.__forge_fetch__(target, path, init)` and read `global.__forge_runtime__`. The app's
 * code runs unmodified on top.
 */
export class ForgeRuntime {
  /** Totals over the life of this runtime, in addition to each invocation's own counters. */
  readonly totals: InvocationCounters = emptyCounters();
  private faults: FaultPlan = {};
  private kvsCallsSinceFaultSet = 0;
  private queueListener: QueueListener = () => undefined;

  constructor(
    readonly kvs: SqliteKvs,
    readonly jira: JiraStandIn,
  ) {}

  /** Installs the globals the Forge SDKs read. */
  install(): void {
    const globals = globalThis as Record<string, unknown>;
    globals.__forge_fetch__ = (target: FetchTarget, path: string, init?: RequestInit) =>
      this.fetch(target, path, init);
    globals.__forge_runtime__ = {
      proxy: { token: 'local-host', url: 'local-host' },
      tracing: { traceId: 'local', spanId: 'local' },
      metrics: noopMetrics,
      appContext: {
        appId: '00000000-0000-4000-8000-000000000000',
        appVersion: '1.0.0',
        environmentId: 'local',
        environmentType: 'DEVELOPMENT',
        installationId: 'local',
        invocationId: 'local',
        moduleKey: 'local',
      },
      lambdaContext: { getRemainingTimeInMillis: () => 25_000 },
    };
  }

  /** Where pushed async events go (the host runs the queue's consumer). */
  onQueuePush(listener: QueueListener): void {
    this.queueListener = listener;
  }

  /** Sets (or clears, with `{}`) the faults to inject from now on. */
  injectFaults(plan: FaultPlan): void {
    this.faults = plan;
    this.kvsCallsSinceFaultSet = 0;
  }

  private async fetch(target: FetchTarget, path: string, init?: RequestInit): Promise<Response> {
    if (this.faults.latencyMs)
      await new Promise((resolve) => setTimeout(resolve, this.faults.latencyMs));
    if (target.type === 'kvs') return this.fetchKvs(path, init);
    if (target.type === 'fpp' && target.remote === 'jira')
      return this.fetchJira(target, path, init);
    if (
      target.type === 'fpp' &&
      target.remote === 'stargate' &&
      path.startsWith('/webhook/queue/publish/')
    ) {
      return this.publish(init);
    }

    return json(404, { message: `The local host does not serve ${target.type ?? '?'} requests.` });
  }

  private fetchKvs(path: string, init?: RequestInit): Response {
    const counters = [this.totals, currentInvocation()?.counters].filter((c) => c !== undefined);
    const bodyText = typeof init?.body === 'string' ? init.body : '{}';
    for (const c of counters) c.kvsCalls += 1;
    this.kvsCallsSinceFaultSet += 1;
    if (this.faults.failKvsCall === this.kvsCallsSinceFaultSet) {
      return json(500, { code: 'INTERNAL_SERVER_ERROR', message: 'Injected fault.' });
    }
    const answer = this.kvs.handle(path, JSON.parse(bodyText));
    const answerText = answer.body === undefined ? '' : JSON.stringify(answer.body);
    const written = bytesWritten(path, bodyText);
    const read =
      /\/(get|query)$/.test(path) && answer.status < 300 ? Buffer.byteLength(answerText) : 0;
    for (const c of counters) {
      c.kvsBytesWritten += written;
      c.kvsBytesRead += read;
    }

    return new Response(answerText === '' ? null : answerText, {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  }

  /** @forge/events' Queue.push: hands the events to the host, as Forge's queue service does. */
  private publish(init?: RequestInit): Response {
    const counters = currentInvocation()?.counters;
    if (counters) counters.eventsPushed += 1;
    const request = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
      queueName?: string;
      payload?: Array<{ body: unknown }>;
    };
    this.queueListener(request.queueName ?? '', request.payload ?? []);

    // Forge's queue service answers a push with 201 Created.
    return json(201, {});
  }

  private fetchJira(target: FetchTarget, path: string, init?: RequestInit): Response {
    const invocation = currentInvocation();
    for (const c of [this.totals, invocation?.counters]) if (c) c.jiraCalls += 1;
    const caller =
      target.provider === 'app'
        ? ({ kind: 'app' } as const)
        : ({ kind: 'user', accountId: invocation?.accountId ?? '' } as const);
    let body: unknown;
    try {
      body =
        typeof init?.body === 'string' && init.body !== ''
          ? (JSON.parse(init.body) as unknown)
          : undefined;
    } catch {
      return json(400, { errorMessages: ['The request body is not valid JSON.'], errors: {} });
    }
    const answer = this.jira.handle(init?.method ?? 'GET', path, body, caller);

    return json(answer.status, answer.body, answer.headers);
  }
}

const noopTimer = { measure: () => ({ stop: () => undefined }) };
const noopMetrics = {
  counter: () => ({ incr: () => undefined, decr: () => undefined }),
  timing: () => noopTimer,
  gauge: () => ({ set: () => undefined }),
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * The bytes a KVS write stores: each key and JSON value set (Forge bills writes by stored size,
 * not by the request's envelope of entity names, conditions and options).
 */
function bytesWritten(path: string, bodyText: string): number {
  if (!/\/(set|transaction|batch\/set)$/.test(path)) return 0;
  const body = JSON.parse(bodyText) as { key?: string; value?: unknown; set?: unknown } | unknown[];
  const items: unknown[] = Array.isArray(body) ? body : Array.isArray(body.set) ? body.set : [body];

  return items.reduce<number>((total, item) => {
    const { key = '', value } = item as { key?: string; value?: unknown };
    return total + Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value ?? null));
  }, 0);
}
