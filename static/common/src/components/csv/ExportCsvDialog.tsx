import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { token } from '@atlaskit/tokens';
import type { CsvDelimiter } from '@shared/csv-export';
import { toCsv } from '@shared/csv-export';
import { useState } from 'react';

import { downloadText } from '../../csv-download';
import { showErrorFlag } from '../../flags';
import { RadioGroup } from '../RadioGroup';

type Props = {
  readonly title: string;
  /** The file name offered, without the `.csv` ending. */
  readonly fileName: string;
  /** The rows to write (header first), with amounts in the chosen decimal separator. */
  readonly rows: (decimalSeparator: '.' | ',') => Promise<string[][]> | string[][];
  readonly onClose: () => void;
};

const DELIMITERS = [
  { value: 'comma', label: 'Comma (,)' },
  { value: 'semicolon', label: 'Semicolon (;)', description: 'Usual for German or French Excel' },
  { value: 'tab', label: 'Tab' },
] as const;
const DELIMITER_CHARS: Record<(typeof DELIMITERS)[number]['value'], CsvDelimiter> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
};

/**
 * Exports rows as a CSV file in the user's choice of separator, decimal separator and UTF-8
 * byte order mark. Cells that a spreadsheet would run as formulas are written as text.
 * Loaded on demand (React.lazy), so the pages that offer it pay nothing until it opens.
 */
export default function ExportCsvDialog({ title, fileName, rows, onClose }: Props) {
  const [delimiter, setDelimiter] = useState<keyof typeof DELIMITER_CHARS>('comma');
  const [decimal, setDecimal] = useState<'point' | 'comma'>('point');
  const [bom, setBom] = useState(true);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const data = await rows(decimal === 'comma' ? ',' : '.');
      const text = toCsv(data, { delimiter: DELIMITER_CHARS[delimiter], bom });
      downloadText(`${fileName}.csv`, text);
      onClose();
    } catch (error: unknown) {
      showErrorFlag("Couldn't export the costs", error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal onClose={onClose} width="small" label={title}>
      <ModalHeader>
        <ModalTitle>{title}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <div style={{ display: 'grid', gap: token('space.200') }}>
          <RadioGroup
            legend="Separator"
            name="csv-delimiter"
            options={DELIMITERS}
            value={delimiter}
            onChange={setDelimiter}
          />
          <RadioGroup
            legend="Decimal separator"
            name="csv-decimal"
            options={[
              { value: 'point', label: 'Point (1234.50)' },
              { value: 'comma', label: 'Comma (1234,50)' },
            ]}
            value={decimal}
            onChange={setDecimal}
          />
          <label style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
            <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
            Add a byte order mark, so Excel reads accents and currency signs correctly
          </label>
        </div>
      </ModalBody>
      <ModalFooter>
        <Button appearance="subtle" onClick={onClose}>
          Cancel
        </Button>
        <Button appearance="primary" isLoading={busy} onClick={() => void download()}>
          Download CSV
        </Button>
      </ModalFooter>
    </Modal>
  );
}
