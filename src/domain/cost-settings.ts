import type { AccessRuleDto, CategoryDto, RateDto } from '../shared/contract';

/** A project's cost settings: reporting currency, fiscal year, categories and access rules. */
export type CostSettings = {
  readonly reportingCurrency: string;
  /** 1 = January. */
  readonly fiscalYearStartMonth: number;
  readonly categories: readonly CategoryDto[];
  readonly viewers: AccessRuleDto;
  readonly editors: AccessRuleDto;
  /** Forecast status thresholds (fractions 0-1); absent means 0.7 and 0.4. */
  readonly forecastThresholds?: { readonly onTrack: number; readonly atRisk: number };
};

/** One published exchange rate: 1 `base` = `rate` `quote` from `date` on (decimal string). */
export type RateRecord = RateDto;

/** The categories a new project starts with. */
export const DEFAULT_CATEGORIES: readonly CategoryDto[] = [
  { id: 'infrastructure', name: 'Infrastructure', retired: false },
  { id: 'cloud', name: 'Cloud services', retired: false },
  { id: 'licences', name: 'Software licences', retired: false },
  { id: 'labour', name: 'Labour', retired: false },
  { id: 'hardware', name: 'Hardware', retired: false },
  { id: 'travel', name: 'Travel', retired: false },
  { id: 'services', name: 'Services', retired: false },
  { id: 'other', name: 'Other', retired: false },
];

/** Settings of a project whose admins have not saved any: EUR, calendar year, Jira rules. */
export const DEFAULT_COST_SETTINGS: CostSettings = {
  reportingCurrency: 'EUR',
  fiscalYearStartMonth: 1,
  categories: DEFAULT_CATEGORIES,
  viewers: { type: 'jira-permission' },
  editors: { type: 'jira-permission' },
};

/** The category with an id, or undefined. */
export function findCategory(settings: CostSettings, id: string): CategoryDto | undefined {
  return settings.categories.find((category) => category.id === id);
}
