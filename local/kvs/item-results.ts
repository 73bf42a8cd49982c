import type { ItemRow } from './item-store';
import { isRecord } from './types';

/** A key and value as the SDK returns them, with the metadata fields it asked for. */
export type ItemResult = {
  key: string;
  value: unknown;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
};

/** The metadata fields a request asked for (`options.metadataFields`). */
export type MetadataFields = ReadonlySet<string>;

const NO_FIELDS: MetadataFields = new Set();

/** Reads `options.metadataFields` (get, query) or `options.returnMetadataFields` (set). */
export function readMetadataFields(options: unknown, field = 'metadataFields'): MetadataFields {
  const list = isRecord(options) ? options[field] : undefined;

  return Array.isArray(list) ? new Set(list.filter((f) => typeof f === 'string')) : NO_FIELDS;
}

/**
 * A stored row as the SDK expects it. createdAt and updatedAt are epoch seconds, matching the
 * fixtures in @forge/kvs's own tests (e.g. 1718236800); expireTime is an ISO-8601 string.
 */
export function toItemResult(row: ItemRow, fields: MetadataFields): ItemResult {
  return {
    key: row.key,
    value: JSON.parse(row.value) as unknown, // `as`: stored text is always JSON we wrote
    ...(fields.has('CREATED_AT') ? { createdAt: Math.floor(row.created_at / 1000) } : {}),
    ...(fields.has('UPDATED_AT') ? { updatedAt: Math.floor(row.updated_at / 1000) } : {}),
    ...(fields.has('EXPIRE_TIME') && row.expires_at !== null
      ? { expireTime: new Date(row.expires_at).toISOString() }
      : {}),
  };
}

/** UTF-8 bytes of a stored value, for the read and write counters. */
export function valueBytes(row: Pick<ItemRow, 'value'>): number {
  return Buffer.byteLength(row.value, 'utf8');
}
