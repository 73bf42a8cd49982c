/** The FOCUS columns the import reads, and the check of a file's header row. */

/** Columns every FOCUS 1.0, 1.1 and 1.2 cost and usage file has and the import needs. */
export const REQUIRED_FOCUS_COLUMNS = [
  'BilledCost',
  'EffectiveCost',
  'BillingAccountId',
  'BillingCurrency',
  'BillingPeriodStart',
  'ChargePeriodStart',
  'ProviderName',
  'ServiceCategory',
] as const;

/** Columns the rules may use; a file without one of them simply matches no rule on it. */
export const OPTIONAL_FOCUS_COLUMNS = ['ServiceName', 'SubAccountName', 'Tags'] as const;

/** Columns that first appeared in a FOCUS version, used to tell which version a file follows. */
const INTRODUCED_IN: ReadonlyArray<{ version: '1.1' | '1.2'; columns: readonly string[] }> = [
  { version: '1.2', columns: ['InvoiceId', 'BillingAccountType', 'SubAccountType'] },
  { version: '1.1', columns: ['CapacityReservationId', 'CommitmentDiscountQuantity', 'SkuMeter'] },
];

/** A header that is not a FOCUS cost and usage file. */
export class FocusHeaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FocusHeaderError';
  }
}

/**
 * Checks a header row and tells which FOCUS version the file most likely follows (1.0 to 1.2;
 * FOCUS files carry no version, so it is read from the columns present).
 * @throws {FocusHeaderError} when a required column is missing.
 */
export function checkFocusHeader(columns: readonly string[]): { version: '1.0' | '1.1' | '1.2' } {
  const present = new Set(columns.map((column) => column.trim()));
  const missing = REQUIRED_FOCUS_COLUMNS.filter((column) => !present.has(column));
  if (missing.length > 0) {
    throw new FocusHeaderError(
      `This is not a FOCUS 1.0-1.2 cost file: it lacks the column${missing.length > 1 ? 's' : ''} ` +
        `${missing.join(', ')}.`,
    );
  }
  const newer = INTRODUCED_IN.find(({ columns: added }) => added.some((c) => present.has(c)));

  return { version: newer?.version ?? '1.0' };
}
