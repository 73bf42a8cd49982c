type LogContext = Readonly<Record<string, unknown>>;

const DEBUG_ENABLED = process.env.OKR_COST_DEBUG === 'true';

function write(level: 'debug' | 'info' | 'warn' | 'error', message: string, context?: LogContext) {
  // The test suites silence the app's logs (they assert behaviour, not log lines).
  if (process.env.OKR_COST_LOG === 'silent') return;
  const line = context === undefined ? [message] : [message, context];
  console[level](...line);
}

/**
 * The app's only logger. Messages read `[Unit] One sentence`, with identifiers in the context
 * object; never tokens, payloads, e-mail addresses or display names.
 */
export const logger = {
  debug(message: string, context?: LogContext): void {
    if (DEBUG_ENABLED) write('debug', message, context);
  },
  info(message: string, context?: LogContext): void {
    write('info', message, context);
  },
  warn(message: string, context?: LogContext): void {
    write('warn', message, context);
  },
  error(message: string, context?: LogContext): void {
    write('error', message, context);
  },
};
