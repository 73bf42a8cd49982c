/** Fields the stand-in's JQL understands, by canonical name. */
export type JqlField =
  | 'project'
  | 'issuetype'
  | 'labels'
  | 'component'
  | 'parent'
  | 'key'
  | 'status'
  | 'summary'
  | 'created';

/** JQL operators; `in` / `not in` take a list, `is` / `is not` take EMPTY. */
export type JqlOperator =
  '=' | '!=' | '~' | '!~' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'is' | 'is not';

/** A literal operand with its offset in the source text. */
export interface JqlValue {
  readonly text: string;
  readonly position: number;
}

/** Right-hand side of a clause. */
export type JqlOperand =
  | { readonly kind: 'value'; readonly value: JqlValue }
  | { readonly kind: 'list'; readonly values: readonly JqlValue[] }
  | { readonly kind: 'empty' };

/** A `field operator operand` clause; `fieldText` is what the user typed. */
export interface JqlTerminal {
  readonly kind: 'terminal';
  readonly field: JqlField;
  readonly fieldText: string;
  readonly operator: JqlOperator;
  readonly operand: JqlOperand;
  readonly position: number;
}

/** The WHERE part of a query as a tree: AND binds tighter than OR, NOT tighter than both. */
export type JqlClause =
  | JqlTerminal
  | { readonly kind: 'and'; readonly clauses: readonly JqlClause[] }
  | { readonly kind: 'or'; readonly clauses: readonly JqlClause[] }
  | { readonly kind: 'not'; readonly clause: JqlClause };

/** Fields the stand-in can sort by. */
export type JqlSortField = 'key' | 'created';

/** One ORDER BY term. */
export interface JqlOrderTerm {
  readonly field: JqlSortField;
  readonly direction: 'ASC' | 'DESC';
}

/** A parsed query: `where` is absent for an empty query or one with only ORDER BY. */
export interface JqlQuery {
  readonly where?: JqlClause;
  readonly orderBy: readonly JqlOrderTerm[];
}

/** What a field accepts: its canonical name and the operators Jira allows on it. */
export interface FieldSpec {
  readonly field: JqlField;
  readonly operators: readonly JqlOperator[];
}

const LIST_OPS: readonly JqlOperator[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];

const DATE_OPS: readonly JqlOperator[] = [
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  'not in',
  'is',
  'is not',
];

// Names match case-insensitively; aliases follow Jira (type, issuekey, issue, id, components).
// A Map, not an object literal, so that names such as 'constructor' are not found on the prototype.
const FIELD_SPECS: ReadonlyMap<string, FieldSpec> = new Map(
  Object.entries({
    project: { field: 'project', operators: LIST_OPS },
    issuetype: { field: 'issuetype', operators: LIST_OPS },
    type: { field: 'issuetype', operators: LIST_OPS },
    labels: { field: 'labels', operators: LIST_OPS },
    component: { field: 'component', operators: LIST_OPS },
    components: { field: 'component', operators: LIST_OPS },
    parent: { field: 'parent', operators: LIST_OPS },
    key: { field: 'key', operators: LIST_OPS },
    issuekey: { field: 'key', operators: LIST_OPS },
    issue: { field: 'key', operators: LIST_OPS },
    id: { field: 'key', operators: LIST_OPS },
    status: { field: 'status', operators: LIST_OPS },
    summary: { field: 'summary', operators: ['~', '!~', 'is', 'is not'] },
    created: { field: 'created', operators: DATE_OPS },
    createddate: { field: 'created', operators: DATE_OPS },
  } satisfies Record<string, FieldSpec>),
);

const SORT_FIELDS: ReadonlyMap<string, JqlSortField> = new Map([
  ['key', 'key'],
  ['issuekey', 'key'],
  ['created', 'created'],
  ['createddate', 'created'],
]);

/** Looks up a field by the name the user typed (case-insensitive). */
export function findFieldSpec(name: string): FieldSpec | undefined {
  return FIELD_SPECS.get(name.toLowerCase());
}

/** Looks up a sortable field by the name the user typed (case-insensitive). */
export function findSortField(name: string): JqlSortField | undefined {
  return SORT_FIELDS.get(name.toLowerCase());
}

/** The literal values of an operand (none for EMPTY). */
export function operandValues(operand: JqlOperand): readonly JqlValue[] {
  if (operand.kind === 'value') return [operand.value];
  if (operand.kind === 'list') return operand.values;

  return [];
}

/** Jira reads `field = EMPTY` as `field is EMPTY` and `field != EMPTY` as `field is not EMPTY`. */
export function normaliseEmptyComparison(operator: JqlOperator, operand: JqlOperand): JqlOperator {
  if (operand.kind !== 'empty') return operator;
  if (operator === '=') return 'is';
  if (operator === '!=') return 'is not';

  return operator;
}
