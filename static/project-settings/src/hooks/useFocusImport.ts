import type { FocusFilePreview, FocusReadProgress } from '@shared/focus/read-focus-csv';
import { readFocusCsv } from '@shared/focus/read-focus-csv';
import type { CommitFocusImportResponse, FocusMappingDto } from '@shared/focus-contract';
import { useCallback, useEffect, useState } from 'react';

import { showErrorFlag, showSuccessFlag } from '../../../common/src/flags';
import * as api from '../api';
import type { FocusUploadProgress } from '../import/focus-upload';
import { uploadFocusImport } from '../import/focus-upload';

/** The Import tab's state: the saved and edited mapping, the file, its preview and the upload. */
export type FocusImportState = {
  readonly load: 'loading' | 'error' | 'ready';
  readonly loadError?: unknown;
  readonly projectKey: string;
  readonly saved: FocusMappingDto;
  readonly draft: FocusMappingDto;
  readonly file?: File;
  readonly reading?: FocusReadProgress;
  readonly readError?: string;
  readonly preview?: FocusFilePreview;
  /** The draft the preview was computed with; a different draft makes the preview stale. */
  readonly previewedWith?: FocusMappingDto;
  readonly saving: boolean;
  readonly upload?: FocusUploadProgress;
  readonly result?: CommitFocusImportResponse;
};

const EMPTY: FocusMappingDto = { costBasis: 'BilledCost', rules: [] };

/** Loads the mapping, reads a chosen FOCUS file into a preview, and uploads it on confirm. */
export function useFocusImport() {
  const [state, setState] = useState<FocusImportState>({
    load: 'loading',
    projectKey: '',
    saved: EMPTY,
    draft: EMPTY,
    saving: false,
  });

  const reload = useCallback(async () => {
    setState((s) => ({ ...s, load: 'loading' }));
    try {
      const data = await api.loadFocusImport();
      setState((s) => ({
        ...s,
        load: 'ready',
        projectKey: data.projectKey,
        saved: data.mapping,
        draft: data.mapping,
      }));
    } catch (error: unknown) {
      setState((s) => ({ ...s, load: 'error', loadError: error }));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const setDraft = useCallback((draft: FocusMappingDto) => {
    setState((s) => ({ ...s, draft, result: undefined }));
  }, []);

  const readFile = useCallback(async (file: File, mapping: FocusMappingDto) => {
    setState((s) => ({
      ...s,
      file,
      reading: { rows: 0, fraction: 0 },
      readError: undefined,
      preview: undefined,
      result: undefined,
    }));
    try {
      const preview = await readFocusCsv(file, {
        mapping,
        size: file.size,
        onProgress: (reading) => setState((s) => ({ ...s, reading })),
      });
      setState((s) => ({ ...s, reading: undefined, preview, previewedWith: mapping }));
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : 'The file could not be read.';
      setState((s) => ({ ...s, reading: undefined, readError: message }));
    }
  }, []);

  const saveMapping = useCallback(async (mapping: FocusMappingDto): Promise<boolean> => {
    setState((s) => ({ ...s, saving: true }));
    try {
      const saved = await api.saveFocusMapping(mapping);
      setState((s) => ({ ...s, saving: false, saved, draft: saved }));
      return true;
    } catch (error: unknown) {
      setState((s) => ({ ...s, saving: false }));
      showErrorFlag('Could not save the mapping', error);
      return false;
    }
  }, []);

  /** Remembers the mapping (when changed), then uploads the preview's groups and commits them. */
  const confirm = useCallback(async () => {
    const { preview, previewedWith, file, saved } = state;
    if (!preview || !previewedWith || !file) return;
    if (JSON.stringify(saved) !== JSON.stringify(previewedWith)) {
      if (!(await saveMapping(previewedWith))) return;
    }
    try {
      const result = await uploadFocusImport({
        groups: preview.groups,
        sources: preview.sources,
        costBasis: previewedWith.costBasis,
        fileName: file.name,
        onProgress: (upload) => setState((s) => ({ ...s, upload })),
      });
      setState((s) => ({ ...s, upload: undefined, result }));
      showSuccessFlag('Bill imported');
    } catch (error: unknown) {
      setState((s) => ({ ...s, upload: undefined }));
      showErrorFlag('Could not import the bill', error);
    }
  }, [state, saveMapping]);

  return { state, reload, setDraft, readFile, saveMapping, confirm };
}

export type FocusImportModel = ReturnType<typeof useFocusImport>;
