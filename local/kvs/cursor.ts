import type { SqlParam } from './conditions';
import { badRequest } from './types';

/** Where a page ended: the last item's range values and key, plus the query it belongs to. */
export type CursorPosition = { scope: string; range: SqlParam[]; key: string };

/** Encodes a page position as an opaque base64url token, as Forge's cursors are opaque. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.scope, position.range, position.key])).toString(
    'base64url',
  );
}

/**
 * Decodes a cursor made by {@link encodeCursor} for the same query scope.
 * @throws {KvsError} INVALID_CURSOR when the token is malformed or from another query.
 */
export function decodeCursor(token: unknown, scope: string, rangeCount: number): CursorPosition {
  const parsed = parseToken(token);
  if (!Array.isArray(parsed) || parsed.length !== 3) {
    throw invalidCursor();
  }
  const [tokenScope, range, key] = parsed as unknown[]; // `as`: length checked above
  if (tokenScope !== scope || typeof key !== 'string' || !isRangeList(range, rangeCount)) {
    throw invalidCursor();
  }

  return { scope, range, key };
}

function parseToken(token: unknown): unknown {
  if (typeof token !== 'string' || token.length === 0) {
    throw invalidCursor();
  }
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
}

function isRangeList(range: unknown, count: number): range is SqlParam[] {
  return (
    Array.isArray(range) &&
    range.length === count &&
    range.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
  );
}

function invalidCursor() {
  return badRequest('INVALID_CURSOR', 'The cursor is not valid for this query');
}
