import type { CategoryDto } from '@shared/contract';
import type { KeyResultDto } from '@shared/okr-contract';

/**
 * What a key result measures, in one line for the objectives list: "Actual costs of Cloud ·
 * total over the period · against the 6 months before". Unknown category ids (deleted since)
 * show as "a removed category".
 */
export function describeKeyResult(keyResult: KeyResultDto, categories: readonly CategoryDto[]) {
  if (keyResult.type === 'manual') {
    const unit =
      keyResult.unit === 'currency'
        ? `money in ${keyResult.currency ?? 'a currency'}`
        : keyResult.unit === 'percent'
          ? 'a percentage'
          : 'a number';
    return `Checked in by people · ${unit}`;
  }
  const names = keyResult.categoryIds.map(
    (id) => categories.find((c) => c.id === id)?.name ?? 'a removed category',
  );
  const { measure, baseline, target } = keyResult;
  const measured =
    measure.type === 'total'
      ? 'total over the period'
      : `monthly run-rate over the last ${measure.months} complete months`;
  const against =
    target.type === 'cap'
      ? 'capped'
      : baseline?.type === 'window'
        ? `against the ${baseline.months} months before`
        : 'against a fixed baseline';
  const kind = keyResult.kind === 'planned' ? 'Planned' : 'Actual';
  const issues = keyResult.jql ? ` on issues matching ${keyResult.jql}` : '';

  return `${kind} costs of ${names.join(', ')}${issues} · ${measured} · ${against}`;
}
