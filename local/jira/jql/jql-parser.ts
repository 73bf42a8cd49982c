import { findFieldSpec, findSortField, normaliseEmptyComparison } from './jql-ast';
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
import { JqlError } from './jql-error';
import { checkLiterals } from './jql-literals';
import { JqlTokenCursor } from './jql-token-cursor';
import { tokenizeJql } from './jql-tokenizer';
import type { JqlToken } from './jql-tokenizer';

const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and " +
  "'IS NOT'.";

/**
 * Parses the stand-in's JQL subset into a query tree (recursive descent over real tokens).
 * @throws {JqlError} when the text is not valid JQL, names an unknown field, uses an operator
 *   the field does not support, or gives a malformed date.
 */
export function parseJql(source: string): JqlQuery {
  return new JqlParser(source).parseQuery();
}

class JqlParser {
  private readonly cursor: JqlTokenCursor;

  constructor(private readonly source: string) {
    this.cursor = new JqlTokenCursor(source, tokenizeJql(source));
  }

  parseQuery(): JqlQuery {
    const startsWithOrder =
      this.cursor.isWord(this.cursor.peek(), 'ORDER') || this.cursor.peek().kind === 'eof';
    const where = startsWithOrder ? undefined : this.parseOr();
    const orderBy = this.cursor.isWord(this.cursor.peek(), 'ORDER') ? this.parseOrderBy() : [];
    const rest = this.cursor.peek();
    if (rest.kind !== 'eof') {
      throw this.cursor.syntax(`Expecting either 'OR' or 'AND' but got '${rest.raw}'.`, rest);
    }

    return where ? { where, orderBy } : { orderBy };
  }

  private parseOr(): JqlClause {
    const clauses = [this.parseAnd()];
    while (this.cursor.peek().kind === 'or') {
      this.cursor.next();
      clauses.push(this.parseAnd());
    }

    return clauses.length === 1 && clauses[0] ? clauses[0] : { kind: 'or', clauses };
  }

  private parseAnd(): JqlClause {
    const clauses = [this.parseNot()];
    while (this.cursor.peek().kind === 'and') {
      this.cursor.next();
      clauses.push(this.parseNot());
    }

    return clauses.length === 1 && clauses[0] ? clauses[0] : { kind: 'and', clauses };
  }

  private parseNot(): JqlClause {
    if (this.cursor.peek().kind !== 'not') return this.parsePrimary();
    this.cursor.next();

    return { kind: 'not', clause: this.parseNot() };
  }

  private parsePrimary(): JqlClause {
    if (this.cursor.peek().kind !== 'lparen') return this.parseTerminal();
    this.cursor.next();
    const clause = this.parseOr();
    const close = this.cursor.next();
    if (close.kind === 'rparen') return clause;
    if (close.kind === 'eof') {
      throw this.cursor.syntax("Expecting ')' before the end of the query.", close);
    }

    throw this.cursor.syntax(`Expecting either 'OR' or 'AND' but got '${close.raw}'.`, close);
  }

  private parseTerminal(): JqlTerminal {
    const { token: fieldToken, spec } = this.parseField();
    const operatorToken = this.cursor.peek();
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
    const token = this.cursor.next();
    if (token.kind === 'eof') {
      throw this.cursor.syntax('Expecting a field name before the end of the query.', token);
    }
    if (!this.cursor.isPlainValue(token)) {
      const detail =
        `Expecting a field name but got '${token.raw}'. ` +
        `You must surround '${token.raw}' in quotation marks to use it as a field name.`;
      throw this.cursor.syntax(detail, token);
    }
    const spec = findFieldSpec(token.text);
    if (!spec) {
      const detail = 'does not exist or you do not have permission to view it.';
      throw new JqlError(`Field '${token.text}' ${detail}`, this.source, token.position);
    }

    return { token, spec };
  }

  private parseOperator(): JqlOperator {
    const token = this.cursor.next();
    // The tokenizer emits only the symbols of JqlOperator as 'operator' tokens.
    if (token.kind === 'operator') return token.text as JqlOperator;
    if (this.cursor.isWord(token, 'IN')) return 'in';
    if (this.cursor.isWord(token, 'IS')) {
      const next = this.cursor.peek();
      if (next.kind !== 'not' || next.raw.toUpperCase() !== 'NOT') return 'is';
      this.cursor.next();
      return 'is not';
    }
    const isNotIn = token.kind === 'not' && token.raw.toUpperCase() === 'NOT';
    if (isNotIn && this.cursor.isWord(this.cursor.peek(), 'IN')) {
      this.cursor.next();
      return 'not in';
    }
    if (token.kind === 'eof') {
      throw this.cursor.syntax(
        `Expecting operator before the end of the query. ${VALID_OPERATORS}`,
        token,
      );
    }

    throw this.cursor.syntax(
      `Expecting operator but got '${token.raw}'. ${VALID_OPERATORS}`,
      token,
    );
  }

  private parseOperand(operator: JqlOperator, fieldText: string): JqlOperand {
    const token = this.cursor.peek();
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
      throw this.cursor.syntax(`Expecting '(' but got '${token.raw}'.`, token);
    }
    if (this.cursor.isWord(token, 'EMPTY') || this.cursor.isWord(token, 'NULL')) {
      this.cursor.next();
      return { kind: 'empty' };
    }
    if (operator === 'is' || operator === 'is not') {
      const message = `The operator '${operator}' only supports the values 'EMPTY' and 'NULL'.`;
      throw new JqlError(message, this.source, token.position);
    }

    return { kind: 'value', value: this.parseValue() };
  }

  private parseList(): Extract<JqlOperand, { kind: 'list' }> {
    this.cursor.next();
    const values = [this.parseValue()];
    while (this.cursor.peek().kind === 'comma') {
      this.cursor.next();
      values.push(this.parseValue());
    }
    const close = this.cursor.next();
    if (close.kind === 'eof') {
      throw this.cursor.syntax("Expecting ')' before the end of the query.", close);
    }
    if (close.kind !== 'rparen') {
      throw this.cursor.syntax(`Expecting ',' or ')' but got '${close.raw}'.`, close);
    }

    return { kind: 'list', values };
  }

  private parseValue(): JqlValue {
    const token = this.cursor.next();
    if (token.kind === 'eof') {
      throw this.cursor.syntax(
        'Expecting either a value, list or function before the end of the query.',
        token,
      );
    }
    if (!this.cursor.isPlainValue(token)) {
      const detail =
        `Expecting either a value, list or function but got '${token.raw}'. ` +
        `You must surround '${token.raw}' in quotation marks to use it as a value.`;
      throw this.cursor.syntax(detail, token);
    }
    if (token.kind === 'word' && this.cursor.peek().kind === 'lparen') {
      throw new JqlError(
        `Unable to find JQL function '${token.text}()'.`,
        this.source,
        token.position,
      );
    }

    return { text: token.text, position: token.position };
  }

  private parseOrderBy(): JqlOrderTerm[] {
    this.cursor.next();
    const by = this.cursor.next();
    if (!this.cursor.isWord(by, 'BY')) {
      throw this.cursor.syntax(`Expecting 'BY' but got '${by.raw || 'the end of the query'}'.`, by);
    }
    const terms = [this.parseOrderTerm()];
    while (this.cursor.peek().kind === 'comma') {
      this.cursor.next();
      terms.push(this.parseOrderTerm());
    }

    return terms;
  }

  private parseOrderTerm(): JqlOrderTerm {
    const token = this.cursor.next();
    if (token.kind === 'eof') {
      throw this.cursor.syntax('Expecting a field name before the end of the query.', token);
    }
    if (!this.cursor.isPlainValue(token)) {
      throw this.cursor.syntax(`Expecting a field name but got '${token.raw}'.`, token);
    }
    const field = findSortField(token.text);
    if (!field) {
      const message = findFieldSpec(token.text)
        ? `Field '${token.text}' does not support sorting.`
        : `Not able to sort using field '${token.text}'.`;
      throw new JqlError(message, this.source, token.position);
    }
    const direction = this.cursor.peek();
    if (this.cursor.isWord(direction, 'ASC') || this.cursor.isWord(direction, 'DESC')) {
      this.cursor.next();
      return { field, direction: direction.text.toUpperCase() === 'ASC' ? 'ASC' : 'DESC' };
    }
    const after = this.cursor.peek();
    if (after.kind !== 'comma' && after.kind !== 'eof') {
      throw this.cursor.syntax(`Expecting either 'ASC' or 'DESC' but got '${after.raw}'.`, after);
    }

    return { field, direction: 'ASC' };
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
