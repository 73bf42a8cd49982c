import type { CategoryDto } from '@shared/contract';
import { entriesToCsvRows } from '@shared/csv-export';

import ExportCsvDialog from '../../../../common/src/components/csv/ExportCsvDialog';
import * as api from '../../api';

type Props = {
  readonly projectKey: string;
  readonly categories: readonly CategoryDto[];
  readonly onClose: () => void;
};

/** Exports every cost entry of the project as CSV. Loaded on demand (React.lazy). */
export default function ExportCostsDialog({ projectKey, categories, onClose }: Props) {
  return (
    <ExportCsvDialog
      title="Export costs"
      fileName={`${projectKey || 'project'}-costs`}
      rows={async (separator) =>
        entriesToCsvRows((await api.exportEntries()).entries, categories, separator)
      }
      onClose={onClose}
    />
  );
}
