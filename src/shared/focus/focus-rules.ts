import type { FocusMappingDto, FocusRuleDto, FocusTargetDto } from '../focus-contract';

/** The cells of one FOCUS row a rule can look at, already normalised (`NULL` read as empty). */
export type FocusRuleCells = {
  readonly ServiceCategory: string;
  readonly ServiceName: string;
  readonly SubAccountName: string;
  /** Read only when a tag rule needs them; undefined when the cell is not a JSON object. */
  readonly tags: () => ReadonlyMap<string, string> | undefined;
};

/** Which rule caught a row: a rule id, `default` for the default issue, or none. */
export type FocusMatch = { readonly ruleId: string; readonly target: FocusTargetDto };

/** The id rule statistics use for rows that went to the default issue. */
export const DEFAULT_RULE_ID = 'default';

/**
 * The target of a row: the first rule that matches it (in the admin's order), else the default
 * target, else undefined. Values compare trimmed and ignoring case.
 */
export function matchFocusRow(
  mapping: Pick<FocusMappingDto, 'rules' | 'defaultTarget'>,
  cells: FocusRuleCells,
): FocusMatch | undefined {
  const rule = mapping.rules.find((candidate) => ruleMatches(candidate, cells));
  if (rule)
    return { ruleId: rule.id, target: { categoryId: rule.categoryId, issueKey: rule.issueKey } };

  return mapping.defaultTarget
    ? { ruleId: DEFAULT_RULE_ID, target: mapping.defaultTarget }
    : undefined;
}

function ruleMatches(rule: FocusRuleDto, cells: FocusRuleCells): boolean {
  const wanted = fold(rule.value);
  // An unfinished rule in the editor (no value yet) matches nothing, not every empty cell.
  if (wanted === '') return false;
  if (rule.field !== 'tag') return fold(cells[rule.field]) === wanted;
  const tagValue = cells.tags()?.get((rule.tagKey ?? '').trim());

  return tagValue !== undefined && fold(tagValue) === wanted;
}

function fold(text: string): string {
  return text.trim().toLowerCase();
}

/** A short description of a rule for people: `tag application = checkout`. */
export function describeFocusRule(rule: Pick<FocusRuleDto, 'field' | 'tagKey' | 'value'>): string {
  return rule.field === 'tag'
    ? `tag ${rule.tagKey ?? ''} = ${rule.value}`
    : `${rule.field} = ${rule.value}`;
}
