import type {
  CommitFocusImportResponse,
  FocusCostBasis,
  FocusGroupDto,
  FocusSourceDto,
} from '@shared/focus-contract';

import * as api from '../api';

/** Groups per staged batch: well within Forge's payload limit and the resolver's schema. */
export const FOCUS_BATCH_SIZE = 200;

/** Where an upload is: parts sent out of all, then commit calls. */
export type FocusUploadProgress = {
  readonly sentBatches: number;
  readonly totalBatches: number;
  readonly committing: boolean;
};

/** A fresh run id; a retried part reuses it so that nothing is staged twice. */
export function newRunId(): string {
  const random = globalThis.crypto?.randomUUID?.();

  return random ?? `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Sends a preview's groups in batches, then commits the run until the resolver says it is done.
 * Each batch is retried once, under the same index, when it fails.
 */
export async function uploadFocusImport(input: {
  groups: readonly FocusGroupDto[];
  sources: readonly FocusSourceDto[];
  costBasis: FocusCostBasis;
  fileName: string;
  onProgress: (progress: FocusUploadProgress) => void;
}): Promise<CommitFocusImportResponse> {
  const { groups, sources, costBasis, fileName, onProgress } = input;
  const runId = newRunId();
  const totalBatches = Math.max(1, Math.ceil(groups.length / FOCUS_BATCH_SIZE));
  for (let batchIndex = 0; batchIndex < totalBatches; batchIndex += 1) {
    onProgress({ sentBatches: batchIndex, totalBatches, committing: false });
    const request = {
      runId,
      batchIndex,
      costBasis,
      fileName: fileName.slice(0, 200),
      groups: groups.slice(batchIndex * FOCUS_BATCH_SIZE, (batchIndex + 1) * FOCUS_BATCH_SIZE),
    };
    await api.stageFocusBatch(request).catch(() => api.stageFocusBatch(request));
  }
  onProgress({ sentBatches: totalBatches, totalBatches, committing: true });
  let written = 0;
  let deleted = 0;
  for (;;) {
    const answer = await api.commitFocusImport({
      runId,
      batchCount: totalBatches,
      sources: [...sources],
    });
    written += answer.written;
    deleted += answer.deleted;
    if (answer.done) return { ...answer, written, deleted };
  }
}
