import { Queue } from '@forge/events';

import type { BackgroundJobs, LabourQueue } from '../services/ports';

import { logger } from './logger';

/** The async event queue the `issue-summary-consumer` module reads (manifest.yml). */
export const ISSUE_SUMMARY_QUEUE = 'issue-summary';

/** The async event queue the `kr-rollup-consumer` module reads. */
export const KEY_RESULT_QUEUE = 'kr-rollup';

/** Forge accepts at most 50 events per push. */
const MAX_EVENTS_PER_PUSH = 50;

/**
 * Background jobs on Forge's async event queues. A push that fails does not fail the user's
 * write, which is already committed: the summaries are a cache, rebuilt by the next change.
 */
export const forgeBackgroundJobs: BackgroundJobs = {
  async refreshIssueSummaries(issueIds, createdEntryIds) {
    const queue = new Queue({ key: ISSUE_SUMMARY_QUEUE });
    const unique = [...new Set(issueIds)];
    const created = unique.length === 1 && createdEntryIds?.length ? createdEntryIds : undefined;
    try {
      for (let start = 0; start < unique.length; start += MAX_EVENTS_PER_PUSH) {
        const batch = unique.slice(start, start + MAX_EVENTS_PER_PUSH);
        await queue.push(
          batch.map((issueId) => ({ body: { issueId, ...(created ? { created } : {}) } })),
        );
      }
    } catch (error) {
      logger.warn('[BackgroundJobs] Skipped an issue summary refresh', {
        issues: unique.length,
        error,
      });
    }
  },

  // A failed push leaves a JQL key result at its last value; the daily schedule refreshes it.
  async refreshKeyResults(refs) {
    const queue = new Queue({ key: KEY_RESULT_QUEUE });
    try {
      for (let start = 0; start < refs.length; start += MAX_EVENTS_PER_PUSH) {
        await queue.push(
          refs.slice(start, start + MAX_EVENTS_PER_PUSH).map((ref) => ({ body: ref })),
        );
      }
    } catch (error) {
      logger.warn('[BackgroundJobs] Skipped a key result refresh', {
        keyResults: refs.length,
        error,
      });
    }
  },
};

/** The async event queue the `labour-sync-consumer` module reads. */
export const LABOUR_SYNC_QUEUE = 'labour-sync';

/**
 * The labour job's pages on a Forge queue. Unlike summaries, a failed push fails the caller:
 * the job would otherwise stay "running" with nothing left to run it.
 */
export const forgeLabourQueue: LabourQueue = {
  async pushSyncPage(event) {
    await new Queue({ key: LABOUR_SYNC_QUEUE }).push([{ body: event }]);
  },
};
