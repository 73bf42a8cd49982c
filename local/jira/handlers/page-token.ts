/**
 * Opaque page tokens for the enhanced search: the next offset plus a fingerprint of the JQL, so
 * a token from one query is refused by another (Jira's tokens are also query-bound).
 */

/** Encodes the offset of the next page for a JQL text. */
export function encodePageToken(offset: number, jql: string): string {
  return Buffer.from(JSON.stringify({ o: offset, q: fingerprint(jql) })).toString('base64url');
}

/** Decodes a token for a JQL text; undefined when it is malformed or made for another query. */
export function decodePageToken(token: string, jql: string): number | undefined {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof decoded !== 'object' || decoded === null) return undefined;
    const { o: offset, q: print } = decoded as { o?: unknown; q?: unknown }; // narrowed below
    if (!Number.isInteger(offset) || typeof offset !== 'number' || offset < 0) return undefined;

    return print === fingerprint(jql) ? offset : undefined;
  } catch {
    return undefined;
  }
}

// FNV-1a over the UTF-16 code units: stable and dependency-free; not a security measure.
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }

  return hash.toString(16);
}
