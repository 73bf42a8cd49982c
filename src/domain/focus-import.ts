import type { CurrencyCode } from '../shared/currencies';
import type { FocusCostBasis, FocusSourceDto } from '../shared/focus-contract';

import type { CostEntry } from './cost-entry';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/**
 * A 64-bit FNV-1a hash of a text's UTF-16 code units as 16 hex digits: a stable, short,
 * key-safe name for provider data such as an Azure billing account id, which holds slashes.
 * Not a security measure.
 */
export function stableHash(text: string): string {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * FNV_PRIME) & MASK_64;
  }

  return hash.toString(16).padStart(16, '0');
}

/**
 * The source key of one bill in one project: provider and billing account (hashed) plus the
 * billing period. Importing the same bill again replaces the entries of this key. The cost basis
 * is deliberately not part of it: a bill imported as EffectiveCost after BilledCost replaces it
 * instead of counting the same usage twice.
 */
export function focusSourceKey(projectId: string, source: FocusSourceDto): string {
  const account = stableHash(`${source.providerName}\n${source.billingAccountId}`);

  return `focus:${projectId}:${account}:${source.billingPeriod}`;
}

/** The id of the entry of one group: the same group of the same bill always gets the same id. */
export function focusEntryId(input: {
  sourceKey: string;
  issueId: string;
  categoryId: string;
  month: string;
  currency: string;
}): string {
  const { sourceKey, issueId, categoryId, month, currency } = input;

  return `focus-${stableHash([sourceKey, issueId, categoryId, month, currency].join('\n'))}`;
}

/** A staged FOCUS group as the app's cost entry (dated the 1st of its month, actual, derived). */
export function toFocusEntry(input: {
  projectId: string;
  group: {
    source: FocusSourceDto;
    issueId: string;
    issueKey: string;
    categoryId: string;
    month: string;
    currency: CurrencyCode;
    amountMinor: number;
    rowCount: number;
  };
  costBasis: FocusCostBasis;
  accountId: string;
  at: string;
}): CostEntry {
  const { projectId, group, costBasis, accountId, at } = input;
  const sourceKey = focusSourceKey(projectId, group.source);
  const { providerName, billingPeriod } = group.source;
  const rows = group.rowCount === 1 ? '1 row' : `${group.rowCount} rows`;

  return {
    id: focusEntryId({ sourceKey, ...group }),
    issueId: group.issueId,
    issueKey: group.issueKey,
    projectId,
    kind: 'actual',
    amountMinor: group.amountMinor,
    currency: group.currency,
    categoryId: group.categoryId,
    incurredOn: `${group.month}-01`,
    description: `${providerName || 'Cloud'} ${costBasis}, ${group.month}: ${rows} of the FOCUS bill`,
    recurrence: { frequency: 'none' },
    createdBy: accountId,
    createdAt: at,
    updatedBy: accountId,
    updatedAt: at,
    version: 1,
    source: {
      kind: 'focus-import',
      key: sourceKey,
      label: `the ${providerName || 'cloud'} FOCUS bill for ${billingPeriod}`,
    },
  };
}
