/** Where a JQL error happened: 0-based offset plus Jira's 1-based line and character. */
export interface JqlLocation {
  readonly position: number;
  readonly line: number;
  readonly column: number;
}

/**
 * A JQL text Jira would refuse (syntax, unknown field, unsupported operator or value).
 * The message follows Jira's wording and always ends with "(line L, character C)".
 */
export class JqlError extends Error implements JqlLocation {
  readonly position: number;
  readonly line: number;
  readonly column: number;

  constructor(message: string, source: string, position: number) {
    const location = locate(source, position);
    super(`${message} (line ${location.line}, character ${location.column})`);
    this.name = 'JqlError';
    this.position = location.position;
    this.line = location.line;
    this.column = location.column;
  }
}

/** Builds a syntax error worded like Jira's parser ("Error in the JQL Query: ..."). */
export function jqlSyntaxError(detail: string, source: string, position: number): JqlError {
  return new JqlError(`Error in the JQL Query: ${detail}`, source, position);
}

function locate(source: string, position: number): JqlLocation {
  const clamped = Math.max(0, Math.min(position, source.length));
  const before = source.slice(0, clamped);
  const lines = before.split('\n');
  const lastLine = lines[lines.length - 1] ?? '';

  return { position: clamped, line: lines.length, column: lastLine.length + 1 };
}
