import { jqlSyntaxError } from './jql-error';

/** Kinds of JQL tokens; keywords other than AND / OR / NOT stay words for the parser to read. */
export type JqlTokenKind =
  'word' | 'string' | 'operator' | 'lparen' | 'rparen' | 'comma' | 'and' | 'or' | 'not' | 'eof';

/** One JQL token: `text` is the unescaped value, `raw` the source slice, `position` its offset. */
export interface JqlToken {
  readonly kind: JqlTokenKind;
  readonly text: string;
  readonly raw: string;
  readonly position: number;
}

const OPERATORS = ['!=', '!~', '<=', '>=', '=', '~', '<', '>'] as const;
const KEYWORD_KINDS: ReadonlyMap<string, JqlTokenKind> = new Map([
  ['AND', 'and'],
  ['OR', 'or'],
  ['NOT', 'not'],
]);
const WORD_STOP = new Set([...' \t\r\n()",\'=!~<>&|']);
// Jira reserves these outside quotes; it names the escape the user could write instead.
const RESERVED = new Set([...'+;?^$#%[]{}\\`']);

/**
 * Splits JQL text into tokens.
 * @throws {JqlError} when a quoted string is not closed or a reserved character is unquoted.
 */
export function tokenizeJql(source: string): JqlToken[] {
  const tokens: JqlToken[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source.charAt(index);
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    const token = readToken(source, index);
    tokens.push(token);
    index += token.raw.length;
  }
  tokens.push({ kind: 'eof', text: '', raw: '', position: source.length });

  return tokens;
}

function readToken(source: string, start: number): JqlToken {
  const char = source.charAt(start);
  const two = source.slice(start, start + 2);
  if (char === '(') return symbol('lparen', char, start);
  if (char === ')') return symbol('rparen', char, start);
  if (char === ',') return symbol('comma', char, start);
  if (char === '"' || char === "'") return readString(source, start);
  if (two === '&&' || two === '||') return symbol(two === '&&' ? 'and' : 'or', two, start);
  if (char === '&' || char === '|') return symbol(char === '&' ? 'and' : 'or', char, start);
  const operator = OPERATORS.find((candidate) => source.startsWith(candidate, start));
  if (operator) return symbol('operator', operator, start);
  if (char === '!') return symbol('not', char, start);
  if (RESERVED.has(char)) throw reservedCharacter(source, char, start);

  return readWord(source, start);
}

function readWord(source: string, start: number): JqlToken {
  let end = start;
  while (end < source.length && !WORD_STOP.has(source.charAt(end))) {
    const char = source.charAt(end);
    if (RESERVED.has(char)) throw reservedCharacter(source, char, end);
    end += 1;
  }
  const raw = source.slice(start, end);

  return { kind: KEYWORD_KINDS.get(raw.toUpperCase()) ?? 'word', text: raw, raw, position: start };
}

function readString(source: string, start: number): JqlToken {
  const quote = source.charAt(start);
  let text = '';
  let index = start + 1;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === quote) {
      return { kind: 'string', text, raw: source.slice(start, index + 1), position: start };
    }
    if (char === '\\') {
      const escaped = readEscape(source, index);
      text += escaped.value;
      index += escaped.length;
      continue;
    }
    text += char;
    index += 1;
  }

  throw jqlSyntaxError(`The quoted string '${text}' has not been completed.`, source, start);
}

function readEscape(source: string, index: number): { value: string; length: number } {
  const next = source.charAt(index + 1);
  const simple: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '\\': '\\',
    '"': '"',
    "'": "'",
  };
  const mapped = simple[next];
  if (mapped !== undefined) return { value: mapped, length: 2 };
  const hex = source.slice(index + 2, index + 6);
  if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
    return { value: String.fromCharCode(parseInt(hex, 16)), length: 6 };
  }
  if (next !== '' && RESERVED.has(next)) return { value: next, length: 2 };

  throw jqlSyntaxError(`The escape sequence '\\${next}' is illegal.`, source, index);
}

function symbol(kind: JqlTokenKind, raw: string, position: number): JqlToken {
  return { kind, text: raw, raw, position };
}

function reservedCharacter(source: string, char: string, position: number) {
  const escape = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const detail =
    `The character '${char}' is a reserved JQL character. ` +
    `You must enclose it in a string or use the escape '${escape}' instead.`;

  return jqlSyntaxError(detail, source, position);
}
