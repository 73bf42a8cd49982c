import { jqlSyntaxError } from './jql-error';
import type { JqlError } from './jql-error';
import type { JqlToken } from './jql-tokenizer';

// Words Jira reserves: as a field or value they must be quoted.
const RESERVED_WORDS = new Set(['EMPTY', 'NULL', 'ORDER', 'BY', 'ASC', 'DESC', 'IN', 'IS', 'WAS']);

/** Walks a token list for the parser; reading past the end keeps returning the eof token. */
export class JqlTokenCursor {
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: readonly JqlToken[],
  ) {}

  /** The current token, not consumed. */
  peek(): JqlToken {
    return this.tokenAt(this.index);
  }

  /** Consumes and returns the current token. */
  next(): JqlToken {
    const token = this.tokenAt(this.index);
    if (token.kind !== 'eof') this.index += 1;

    return token;
  }

  /** Whether a token is the unquoted keyword (case-insensitive). */
  isWord(token: JqlToken, keyword: string): boolean {
    return token.kind === 'word' && token.text.toUpperCase() === keyword;
  }

  /** Whether a token can stand as a field name or value: quoted, or a non-reserved word. */
  isPlainValue(token: JqlToken): boolean {
    if (token.kind === 'string') return true;

    return token.kind === 'word' && !RESERVED_WORDS.has(token.text.toUpperCase());
  }

  /** A syntax error at a token. */
  syntax(detail: string, token: JqlToken): JqlError {
    return jqlSyntaxError(detail, this.source, token.position);
  }

  private tokenAt(index: number): JqlToken {
    const token = this.tokens[Math.min(index, this.tokens.length - 1)];
    if (!token) throw new Error('JQL token stream is empty'); // tokenizeJql always ends with eof

    return token;
  }
}
