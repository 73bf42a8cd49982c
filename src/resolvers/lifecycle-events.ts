import { logger } from '../platform/logger';

/**
 * The `lifecycle-events` trigger (installed, upgraded). Nothing needs preparing: settings fall
 * back to defaults until an admin saves them, and aggregates are created on first write.
 */
export function onLifecycleEvent(event: unknown): Promise<void> {
  const eventType = (event as { eventType?: unknown } | null)?.eventType;
  logger.info('[Lifecycle] App lifecycle event', {
    eventType: typeof eventType === 'string' ? eventType : 'unknown',
  });

  return Promise.resolve();
}
