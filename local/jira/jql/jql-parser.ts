import { findFieldSpec, findSortField, normaliseEmptyComparison } from './jql-ast';
import { JqlError, jqlSyntaxError } from './jql-error';
import { checkLiterals } from './jql-literals';
import { tokenizeJql } from './jql-tokenizer';

import type {
  FieldSpec,
  JqlClause,
  JqlOperand,
  JqlOperator,
  JqlOrderTerm,
  JqlQuery,
  JqlTerminal,
  JqlValue,
} from './jql-ast';
import type { JqlToken } from './jql-tokenizer';

const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and " +
  "'IS NOT'.";
// Words Jira reserves: as a field or value they must be quoted.
const RESERVED_WORDS = new Set(['EMPTY', 'NULL', 'ORDER', 'BY', 'ASC', 'DESC', 'IN', 'IS', 'WAS']);

/**
 * Parses the stand-in's JQL subset into a query tree (recursive descent over real tokens).
 * @throws {JqlError} when the text is not valid JQL, names an unknown field, uses an operator
 *   the field does not support, or gives a malformed date.
 */
export function parseJql(source: string): JqlQuery {
  return new JqlParser(source, tokenizeJql(source)).parseQuery();
}

class JqlParser {
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: readonly JqlToken[],
  ) {}

  parseQuery(): JqlQuery {
    const startsWithOrder = this.isWord(this.peek(), 'ORDER') || this.peek().kind === 'eof';
    const where = startsWithOrder ? undefined : this.parseOr();
    const orderBy = this.isWord(this.peek(), 'ORDER') ? this.parseOrderBy() : [];
    const rest = this.peek();
    if (rest.kind !== 'eof') {
      throw this.syntax(`Expecting either 'OR' or 'AND' but got '${rest.raw}'.`, rest);
    }

    return where ? { where, orderBy } : { orderBy };
  }

  private parseOr(): JqlClause {
    const clauses = [this.parseAnd()];
    while (this.peek().kind === 'or') {
      this.next();
      clauses.push(this.parseAnd());
    }

    return clauses.length === 1 && clauses[0] ? clauses[0] : { kind: 'or', clauses };
  }

  private parseAnd(): JqlClause {
    const clauses = [this.parseNot()];
    while (this.peek().kind === 'and') {
      this.next();
      clauses.push(this.parseNot());
    }

    return clauses.length === 1 && clauses[0] ? clauses[0] : { kind: 'and', clauses };
  }

  private parseNot(): JqlClause {
    if (this.peek().kind !== 'not') return this.parsePrimary();
    this.next();

    return { kind: 'not', clause: this.parseNot() };
  }

  private parsePrimary(): JqlClause {
    if (this.peek().kind !== 'lparen') return this.parseTerminal();
    this.next();
    const clause = this.parseOr();
    const close = this.next();
    if (close.kind === 'rparen') return clause;
    if (close.kind === 'eof') {
      throw this.syntax("Expecting ')' before the end of the query.", close);
    }

    throw this.syntax(`Expecting either 'OR' or 'AND' but got '${close.raw}'.`, close);
  }

  private parseTerminal(): JqlTerminal {
    const { token: fieldToken, spec } = this.parseField();
    const operatorToken = this.peek();
    const operator = this.parseOperator();
    const operand = this.parseOperand(operator, fieldToken.text);
    const normalised = normaliseEmptyComparison(operator, operand);
    const problem = findOperatorProblem(operator, normalised, operand, spec, fieldToken.text);
    if (problem) throw new JqlError(problem, this.source, operatorToken.position);
    const terminal: JqlTerminal = {
      kind: 'terminal',
      field: spec.field,
      fieldText: fieldToken.text,
      operator: normalised,
      operand,
      position: fieldToken.position,
    };
    checkLiterals(terminal, this.source);

    return terminal;
  }

  private parseField(): { token: JqlToken; spec: FieldSpec } {
    const token = this.next();
    if (token.kind === 'eof') {
      throw this.syntax('Expecting a field name before the end of the query.', token);
    }
    if (!this.isPlainValue(token)) {
      const detail =
        `Expecting a field name but got '${token.raw}'. ` +
        `You must surround '${token.raw}' in quotation marks to use it as a field name.`;
      throw this.syntax(detail, token);
    }
    const spec = findFieldSpec(token.text);
    if (!spec) {
      const detail = 'does not exist or you do not have permission to view it.';
      throw new JqlError(`Field '${token.text}' ${detail}`, this.source, token.position);
    }

    return { token, spec };
  }

  private parseOperator(): JqlOperator {
    const token = this.next();
    // The tokenizer emits only the symbols of JqlOperator as 'operator' tokens.
    if (token.kind === 'operator') return token.text as JqlOperator;
    if (this.isWord(token, 'IN')) return 'in';
    if (this.isWord(token, 'IS')) {
      if (this.peek().kind !== 'not' || this.peek().raw.toUpperCase() !== 'NOT') return 'is';
      this.next();
      return 'is not';
    }
    const isNotIn = token.kind === 'not' && token.raw.toUpperCase() === 'NOT';
    if (isNotIn && this.isWord(this.peek(), 'IN')) {
      this.next();
      return 'not in';
    }
    if (token.kind === 'eof') {
      throw this.syntax(
        `Expecting operator before the end of the query. ${VALID_OPERATORS}`,
        token,
      );
    }

    throw this.syntax(`Expecting operator but got '${token.raw}'. ${VALID_OPERATORS}`, token);
  }

  private parseOperand(operator: JqlOperator, fieldText: string): JqlOperand {
    const token = this.peek();
    if (token.kind === 'lparen') {
      const list = this.parseList();
      if (operator === 'in' || operator === 'not in') return list;
      const text = `(${list.values.map((value) => value.text).join(', ')})`;
      const message =
        `The operator '${operator}' does not support the list value '${text}' ` +
        `for field '${fieldText}'.`;
      throw new JqlError(message, this.source, token.position);
    }
    if (operator === 'in' || operator === 'not in') {
      throw this.syntax(`Expecting '(' but got '${token.raw}'.`, token);
    }
    if (this.isWord(token, 'EMPTY') || this.isWord(token, 'NULL')) {
      this.next();
      return { kind: 'empty' };
    }
    if (operator === 'is' || operator === 'is not') {
      const message = `The operator '${operator}' only supports the values 'EMPTY' and 'NULL'.`;
      throw new JqlError(message, this.source, token.position);
    }

    return { kind: 'value', value: this.parseValue() };
  }

  private parseList(): Extract<JqlOperand, { kind: 'list' }> {
    this.next();
    const values = [this.parseValue()];
    while (this.peek().kind === 'comma') {
      this.next();
      values.push(this.parseValue());
    }
    const close = this.next();
    if (close.kind === 'eof') {
      throw this.syntax("Expecting ')' before the end of the query.", close);
    }
    if (close.kind !== 'rparen') {
      throw this.syntax(`Expecting ',' or ')' but got '${close.raw}'.`, close);
    }

    return { kind: 'list', values };
  }

  private parseValue(): JqlValue {
    const token = this.next();
    if (token.kind === 'eof') {
      throw this.syntax(
        'Expecting either a value, list or function before the end of the query.',
        token,
      );
    }
    if (!this.isPlainValue(token)) {
      const detail =
        `Expecting either a value, list or function but got '${token.raw}'. ` +
        `You must surround '${token.raw}' in quotation marks to use it as a value.`;
      throw this.syntax(detail, token);
    }
    if (token.kind === 'word' && this.peek().kind === 'lparen') {
      throw new JqlError(
        `Unable to find JQL function '${token.text}()'.`,
        this.source,
        token.position,
      );
    }

    return { text: token.text, position: token.position };
  }

  private parseOrderBy(): JqlOrderTerm[] {
    this.next();
    const by = this.next();
    if (!this.isWord(by, 'BY')) {
      throw this.syntax(`Expecting 'BY' but got '${by.raw || 'the end of the query'}'.`, by);
    }
    const terms = [this.parseOrderTerm()];
    while (this.peek().kind === 'comma') {
      this.next();
      terms.push(this.parseOrderTerm());
    }

    return terms;
  }

  private parseOrderTerm(): JqlOrderTerm {
    const token = this.next();
    if (token.kind === 'eof') {
      throw this.syntax('Expecting a field name before the end of the query.', token);
    }
    if (!this.isPlainValue(token)) {
      throw this.syntax(`Expecting a field name but got '${token.raw}'.`, token);
    }
    const field = findSortField(token.text);
    if (!field) {
      const message = findFieldSpec(token.text)
        ? `Field '${token.text}' does not support sorting.`
        : `Not able to sort using field '${token.text}'.`;
      throw new JqlError(message, this.source, token.position);
    }
    const direction = this.peek();
    if (this.isWord(direction, 'ASC') || this.isWord(direction, 'DESC')) {
      this.next();
      return { field, direction: direction.text.toUpperCase() === 'ASC' ? 'ASC' : 'DESC' };
    }
    const after = this.peek();
    if (after.kind !== 'comma' && after.kind !== 'eof') {
      throw this.syntax(`Expecting either 'ASC' or 'DESC' but got '${after.raw}'.`, after);
    }

    return { field, direction: 'ASC' };
  }

  private isPlainValue(token: JqlToken): boolean {
    if (token.kind === 'string') return true;

    return token.kind === 'word' && !RESERVED_WORDS.has(token.text.toUpperCase());
  }

  private isWord(token: JqlToken, keyword: string): boolean {
    return token.kind === 'word' && token.text.toUpperCase() === keyword;
  }

  private peek(): JqlToken {
    return this.tokenAt(this.index);
  }

  private next(): JqlToken {
    const token = this.tokenAt(this.index);
    if (token.kind !== 'eof') this.index += 1;

    return token;
  }

  private tokenAt(index: number): JqlToken {
    const token = this.tokens[Math.min(index, this.tokens.length - 1)];
    if (!token) throw new Error('JQL token stream is empty'); // tokenizeJql always ends with eof

    return token;
  }

  private syntax(detail: string, token: JqlToken): JqlError {
    return jqlSyntaxError(detail, this.source, token.position);
  }
}

function findOperatorProblem(
  typed: JqlOperator,
  normalised: JqlOperator,
  operand: JqlOperand,
  spec: FieldSpec,
  fieldText: string,
): string | undefined {
  if (operand.kind === 'empty' && normalised !== 'is' && normalised !== 'is not') {
    return `The operator '${typed}' does not support searching for EMPTY values.`;
  }
  if (spec.operators.includes(normalised)) return undefined;

  return `The operator '${typed}' is not supported by the '${fieldText}' field.`;
}
