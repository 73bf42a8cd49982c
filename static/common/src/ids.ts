/**
 * A new random id (UUID v4) for something the client creates, so that a retried create is
 * idempotent. Forge serves Custom UI over https, where crypto.randomUUID is always available.
 */
export function newId(): string {
  return crypto.randomUUID();
}
