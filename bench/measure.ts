import { emptyCounters } from '../local/runtime/invocation';
import type { InvocationCounters } from '../local/runtime/invocation';

/**
 * What one run of an operation cost. `elapsedMs` is given by runs that time only a part of
 * what they do (a background job, not the invocation that queued it); otherwise the whole run
 * is timed.
 */
export type RunCost = { readonly counters: InvocationCounters; readonly elapsedMs?: number };

/** One operation of the bench: runs it once (run number `i`), then settles, untimed. */
export type Operation = {
  readonly name: string;
  readonly run: (i: number) => Promise<RunCost>;
  /** Lets background work the run queued finish before the next run starts. */
  readonly settle?: () => Promise<void>;
};

/** What the bench measured for one operation at one size. */
export type OpStats = {
  readonly name: string;
  readonly runs: number;
  /** The highest value of each counter over the measured runs (bytes grow a little as sums do). */
  readonly counters: InvocationCounters;
  /** True when the KVS or Jira call count was not the same in every measured run. */
  readonly varied: boolean;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly meanMs: number;
  /** The highest process RSS sampled while the operation ran (every run and every 5 ms). */
  readonly peakRssMb: number;
};

export type RunPlan = { readonly warmups: number; readonly runs: number };

/** Every counter the host keeps per invocation. */
const COUNTER_NAMES = Object.keys(emptyCounters()) as Array<keyof InvocationCounters>; // `as`: keys of the counters object
const RSS_SAMPLE_MS = 5;

/**
 * Runs an operation `warmups` times unmeasured, then `runs` times measured one after the other,
 * and reports its counters, latency percentiles (nearest rank) and peak RSS.
 */
export async function measure(operation: Operation, plan: RunPlan): Promise<OpStats> {
  for (let i = 0; i < plan.warmups; i += 1) {
    await operation.run(i);
    await operation.settle?.();
  }

  const samples: Array<{ counters: InvocationCounters; elapsedMs: number }> = [];
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, RSS_SAMPLE_MS);
  try {
    for (let i = plan.warmups; i < plan.warmups + plan.runs; i += 1) {
      const started = performance.now();
      const cost = await operation.run(i);
      samples.push({
        counters: cost.counters,
        elapsedMs: cost.elapsedMs ?? performance.now() - started,
      });
      await operation.settle?.();
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }
  } finally {
    clearInterval(sampler);
  }

  const latencies = samples.map((s) => s.elapsedMs).sort((a, b) => a - b);
  const counters = Object.fromEntries(
    COUNTER_NAMES.map((name) => [name, Math.max(...samples.map((s) => s.counters[name]))]),
  ) as InvocationCounters; // `as`: built from exactly the counter names
  const varied = (['kvsCalls', 'jiraCalls'] as const).some(
    (name) => Math.min(...samples.map((s) => s.counters[name])) !== counters[name],
  );

  return {
    name: operation.name,
    runs: samples.length,
    counters,
    varied,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    meanMs: latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(1, latencies.length),
    peakRssMb: peakRss / 2 ** 20,
  };
}

/** Adds counters of invocations that make up one user action. */
export function sumCounters(...all: readonly InvocationCounters[]): InvocationCounters {
  const sum = emptyCounters();
  for (const counters of all) for (const name of COUNTER_NAMES) sum[name] += counters[name];

  return sum;
}

/** What happened between two snapshots of running totals (`after` minus `before`). */
export function diffCounters(
  after: InvocationCounters,
  before: InvocationCounters,
): InvocationCounters {
  const diff = emptyCounters();
  for (const name of COUNTER_NAMES) diff[name] = after[name] - before[name];

  return diff;
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], fraction: number): number {
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));

  return sorted[rank - 1] ?? Number.NaN;
}
