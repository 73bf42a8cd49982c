import fs from 'node:fs';
import path from 'node:path';

import type { FocusFilePreview } from '../../src/shared/focus/read-focus-csv';
import { readFocusCsv } from '../../src/shared/focus/read-focus-csv';
import type { FocusMappingDto, FocusSourceDto } from '../../src/shared/focus-contract';
import { SETTINGS_KEYS } from '../../src/shared/resolver-keys';

import type { buildLocalHost } from './local-host';
import { dataOf } from './local-host';

export const FOCUS_SAMPLE_FILE = path.resolve(
  __dirname,
  '../fixtures/focus-sample-data/focus_sample.csv',
);

/** The FOCUS sample's text (1,000 rows; see test/fixtures/SOURCES.md). */
export function readFocusSample(): string {
  return fs.readFileSync(FOCUS_SAMPLE_FILE, 'utf8');
}

type Host = ReturnType<typeof buildLocalHost>;

/** The settings page's location in the host's OPS project. */
export function opsSettings(host: Host) {
  return {
    module: 'jira:projectSettingsPage' as const,
    location: { kind: 'project-settings' as const, projectId: host.ops.id },
  };
}

/** Splits a preview's groups into staged batches the way the Import tab does. */
export function toBatches(preview: FocusFilePreview, size = 200) {
  const batches: Array<FocusFilePreview['groups']> = [];
  for (let start = 0; start < preview.groups.length; start += size) {
    batches.push(preview.groups.slice(start, start + size));
  }

  return batches.length > 0 ? batches : [[]];
}

/** Reads a FOCUS file and imports it through the resolvers as the admin, as the Import tab does. */
export async function importFocusFile(
  host: Host,
  input: { text: string; mapping: FocusMappingDto; runId: string },
) {
  const preview = await readFocusCsv(input.text, { mapping: input.mapping });
  const batches = toBatches(preview);
  for (const [batchIndex, groups] of batches.entries()) {
    dataOf(
      await host.call({
        ...opsSettings(host),
        as: 'admin',
        key: SETTINGS_KEYS.focusStage,
        payload: {
          runId: input.runId,
          batchIndex,
          costBasis: input.mapping.costBasis,
          fileName: 'focus_sample.csv',
          groups,
        },
      }),
    );
  }
  const commit = () =>
    host.call<{ done: boolean; written: number; deleted: number }>({
      ...opsSettings(host),
      as: 'admin',
      key: SETTINGS_KEYS.focusCommit,
      payload: {
        runId: input.runId,
        batchCount: batches.length,
        sources: preview.sources as FocusSourceDto[],
      },
    });

  return { preview, batchCount: batches.length, commit };
}
