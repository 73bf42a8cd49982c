import { AsyncLocalStorage } from 'node:async_hooks';

/** What the host counts during one invocation (for budgets in tests and the bench). */
export type InvocationCounters = {
  kvsCalls: number;
  kvsBytesRead: number;
  kvsBytesWritten: number;
  jiraCalls: number;
  /** Pushes to async event queues (work moved out of the invocation). */
  eventsPushed: number;
};

/** One invocation of the app's code: whose it is and what it has cost so far. */
export type Invocation = {
  readonly accountId: string | undefined;
  readonly counters: InvocationCounters;
};

const storage = new AsyncLocalStorage<Invocation>();

/** Zeroed counters. */
export function emptyCounters(): InvocationCounters {
  return { kvsCalls: 0, kvsBytesRead: 0, kvsBytesWritten: 0, jiraCalls: 0, eventsPushed: 0 };
}

/** Runs `work` as one invocation, so that every platform call inside it is attributed to it. */
export function runInvocation<T>(invocation: Invocation, work: () => Promise<T>): Promise<T> {
  return storage.run(invocation, work);
}

/** The invocation the current async call chain belongs to, if any. */
export function currentInvocation(): Invocation | undefined {
  return storage.getStore();
}
