import { operandValues } from './jql-ast';
import type { JqlTerminal, JqlValue } from './jql-ast';
import { isRelativePeriod, parseJqlDate } from './jql-dates';
import { JqlError } from './jql-error';

/**
 * Checks the literal values of a clause that Jira checks while parsing: text searches need a
 * non-empty text and date fields need a date in one of Jira's formats.
 * @throws {JqlError} at the first bad value.
 */
export function checkLiterals(terminal: JqlTerminal, source: string): void {
  for (const value of operandValues(terminal.operand)) {
    const problem = findLiteralProblem(terminal, value);
    if (problem) throw new JqlError(problem, source, value.position);
  }
}

function findLiteralProblem(terminal: JqlTerminal, value: JqlValue): string | undefined {
  const isTextSearch = terminal.operator === '~' || terminal.operator === '!~';
  if (isTextSearch && value.text.trim() === '') {
    return `The field '${terminal.fieldText}' does not support searching for an empty string.`;
  }
  if (terminal.field !== 'created' || parseJqlDate(value.text) !== undefined) return undefined;
  // Limitation: relative dates ('-5d') need a clock, which would make search impure; an
  // injected "now" in the stand-in would remove this.
  if (isRelativePeriod(value.text)) {
    return (
      `Relative date '${value.text}' for field '${terminal.fieldText}' is not supported by ` +
      "the local Jira stand-in; use 'yyyy-MM-dd'."
    );
  }

  return (
    `Date value '${value.text}' for field '${terminal.fieldText}' is invalid. Valid formats ` +
    "include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd'."
  );
}
